package nl.dossier.bake;

import nl.dossier.link.SiteGraph;
import nl.dossier.model.ContentException;
import nl.dossier.model.Problem;
import nl.dossier.model.Problems;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.template.DelegatingTemplateEngine;
import org.jbake.template.model.TemplateModel;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The bake stage for the live preview: the same crawler, template data, JBake template engine
 * and Freemarker templates as {@link Bakery}, but documents are rendered to memory, and only
 * those whose template model changed since the previous bake. A document's model is the map
 * its template gets as {@code content} plus the global lists its template (or a template it
 * imports) names; when both are equal to last time, so is the output.
 *
 * <p>One instance keeps one JBake engine, and with it Freemarker's template cache; create a new
 * instance when a template changes (Freemarker checks template files only every few seconds).
 */
public final class LiveBakery {
    /** The global lists of {@link SiteModelExtractor}, by the name templates use. */
    static final List<String> GLOBALS = List.of("areas", "bibliography", "terms", "updates");

    private final Path projectRoot;
    private final MemoryContentStore store;
    private final JBakeConfiguration config;
    private final DelegatingTemplateEngine engine;
    private final Map<String, Set<String>> globalsByType = new HashMap<>();

    private Map<String, Map<String, Object>> models = new HashMap<>();
    private Map<String, byte[]> outputs = new HashMap<>();
    private TemplateData lastData;

    /** What one bake changed. */
    public record Changes(Map<String, byte[]> written, Set<String> removed, int rendered) {
    }

    public LiveBakery(Path projectRoot) throws ContentException {
        this.projectRoot = projectRoot;
        Bakery.checkTemplatesExist(projectRoot);
        // JBake wants a destination folder; nothing is ever written to it.
        this.config = JBakeSettings.create(projectRoot, projectRoot.resolve("target/.dossier-serve"));
        this.store = new MemoryContentStore(null);
        Bakery.registerTypes();
        this.engine = new DelegatingTemplateEngine(store, config);
        JBakeSettings.TEMPLATES.forEach((type, file) -> globalsByType.put(type, globalsUsed(file, new HashSet<>())));
    }

    /**
     * Renders what changed. On a problem nothing of this bake is kept, so the next bake compares
     * with the last good one again.
     *
     * @param assets asset path → published path (see {@link AssetCopier#manifest})
     */
    public synchronized Changes bake(SiteGraph graph, Map<String, String> assets) throws ContentException {
        TemplateData data = new TemplateData(graph, assets);
        Bakery.registerTypes();
        store.reset(data);
        new SiteCrawler(store, config, graph, data).crawl();
        Set<String> changedGlobals = new HashSet<>();
        for (String g : GLOBALS) {
            if (lastData == null || !global(lastData, g).equals(global(data, g))) changedGlobals.add(g);
        }
        Map<String, Map<String, Object>> newModels = new HashMap<>();
        List<DocumentModel> dirty = new java.util.ArrayList<>();
        for (DocumentModel doc : store.documents()) {
            Map<String, Object> model = new LinkedHashMap<>(doc);
            newModels.put(doc.getUri(), model);
            boolean usesChanged = globalsByType.getOrDefault(doc.getType(), Set.copyOf(GLOBALS)).stream().anyMatch(changedGlobals::contains);
            if (usesChanged || !model.equals(models.get(doc.getUri()))) dirty.add(doc);
        }
        Problems problems = new Problems();
        Map<String, byte[]> rendered = new ConcurrentHashMap<>();
        dirty.parallelStream().forEach(doc -> {
            try {
                TemplateModel model = new TemplateModel();
                model.setContent(doc);
                model.setRenderer(engine);
                StringWriter out = new StringWriter(16384);
                engine.renderDocument(model, JBakeSettings.TEMPLATES.get(doc.getType()), out);
                rendered.put(doc.getUri(), out.toString().getBytes(StandardCharsets.UTF_8));
            } catch (Exception e) {
                problems.add(Bakery.templateProblem(e, doc));
            }
        });
        problems.throwIfAny();

        Map<String, byte[]> written = new LinkedHashMap<>();
        Map<String, byte[]> newOutputs = new HashMap<>(outputs);
        rendered.forEach((uri, bytes) -> {
            if (!Arrays.equals(bytes, outputs.get(uri))) written.put(uri, bytes);
            newOutputs.put(uri, bytes);
        });
        Set<String> removed = new HashSet<>(outputs.keySet());
        removed.removeAll(newModels.keySet());
        newOutputs.keySet().removeAll(removed);
        models = newModels;
        outputs = newOutputs;
        lastData = data;
        return new Changes(written, removed, rendered.size());
    }

    private static List<Map<String, Object>> global(TemplateData d, String name) {
        return switch (name) {
            case "areas" -> d.areas();
            case "bibliography" -> d.bibliography();
            case "terms" -> d.terms();
            case "updates" -> d.updates();
            default -> throw new IllegalArgumentException(name);
        };
    }

    private static final Pattern COMMENT = Pattern.compile("<#--.*?-->", Pattern.DOTALL);
    private static final Pattern IMPORT = Pattern.compile("<#(?:import|include)\\s+\"([^\"]+)\"");
    private static final Pattern STRING = Pattern.compile("\"(?:\\\\.|[^\"\\\\])*\"|'(?:\\\\.|[^'\\\\])*'");
    private static final Pattern GLOBAL = Pattern.compile("\\b(" + String.join("|", GLOBALS) + ")\\b");

    /**
     * The global lists a template names, following its imports. Names inside strings and
     * comments do not count ({@code content.type == "bibliography"} is not a use). When a file
     * cannot be read, every list counts as used.
     */
    private Set<String> globalsUsed(String template, Set<String> seen) {
        Set<String> out = new HashSet<>();
        if (!seen.add(template)) return out;
        String text;
        try {
            text = Files.readString(projectRoot.resolve("templates").resolve(template));
        } catch (IOException | RuntimeException e) {
            return new HashSet<>(GLOBALS);
        }
        text = COMMENT.matcher(text).replaceAll(" ");
        Matcher imports = IMPORT.matcher(text);
        while (imports.find()) out.addAll(globalsUsed(imports.group(1), seen));
        Matcher m = GLOBAL.matcher(STRING.matcher(text).replaceAll("\"\""));
        while (m.find()) out.add(m.group(1));
        return out;
    }
}
