package nl.dossier.bake;

import nl.dossier.link.LinkedPage;
import nl.dossier.link.SiteGraph;
import nl.dossier.model.ContentException;
import org.jbake.model.DocumentModel;

import java.io.IOException;
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
 * The bake stage for the live preview: the same crawler, template data, JBake template engine,
 * Freemarker templates and render path ({@link SiteRender}) as {@link Bakery}, but documents
 * are rendered to memory, and only
 * those whose template model changed since the previous bake. A document's model is the map
 * its template gets as {@code content} plus the global lists its template (or a template it
 * imports) names; when both are equal to last time, so is the output.
 *
 * <p>One instance keeps one JBake engine, and with it Freemarker's template cache; the pipeline
 * makes a new one when a template changes (Freemarker checks template files only every few seconds).
 */
public final class LiveBakery {
    /** The global lists of {@link SiteModelExtractor}, by the name templates use. */
    static final List<String> GLOBALS = List.of("areas", "bibliography", "terms", "updates");
    private static final Set<String> ALL_GLOBALS = Set.copyOf(GLOBALS);

    /**
     * Document types rendered only when the preview is asked for them: the one-page chapter holds
     * every page, so it changes with every edit, and rendering it would take most of an edit's
     * time although it is rarely open while editing.
     */
    static final Set<String> ON_REQUEST = Set.of("complete");

    /** Documents of {@link #ON_REQUEST} types whose model changed and that were not rendered since. */
    private final Map<String, DocumentModel> unrendered = new HashMap<>();
    private final Bakery bakery;
    private final Path projectRoot;
    private final Map<String, Set<String>> globalsByType = new HashMap<>();

    private final Map<String, Map<String, Object>> models = new HashMap<>();
    /** Per page of the last good bake, in reading order. */
    private PageModel[] pageModels = new PageModel[0];
    private Map<String, PageModel> pageModelsByUri;
    private final Map<String, byte[]> outputs = new HashMap<>();
    private SiteGraph lastGraph;
    /** The last good bake's render, which renders the documents left for when they are asked for. */
    private SiteRender lastRender;
    private Map<String, String> lastAssets;

    /**
     * What one bake changed, and the graph it baked.
     *
     * @param onRequest documents whose output changed but is rendered only when asked for ({@link #render})
     */
    public record Changes(SiteGraph graph, Map<String, byte[]> written, Set<String> removed, Set<String> onRequest, int rendered) {
    }

    /** Made by {@link Bakery#live()}, which checked the project's templates and parsed them. */
    LiveBakery(Bakery bakery, Path projectRoot) {
        this.bakery = bakery;
        this.projectRoot = projectRoot;
        JBakeSettings.TEMPLATES.forEach((type, file) -> globalsByType.put(type, globalsUsed(file, new HashSet<>())));
    }

    /**
     * Renders what changed. On a problem nothing of this bake is kept, so the next bake compares
     * with the last good one again.
     *
     * @param assets asset path → published path (see {@link AssetCopier#manifest})
     */
    public synchronized Changes bake(SiteGraph graph, Map<String, String> assets) throws ContentException {
        boolean sameFrame = lastGraph != null && assets.equals(lastAssets)
                && java.util.Objects.equals(graph.content().site(), lastGraph.content().site());
        // Page models: a page whose linked page and neighbours are the very objects of last time
        // (the linker reused them) has the very same model and JBake document; it is neither
        // rebuilt nor compared. Pages usually keep their place in the reading order, so each is
        // looked for at its own place first, and by address only when that fails.
        List<LinkedPage> pages = graph.pages();
        PageModel[] newPageModels = new PageModel[pages.size()];
        boolean[] unchanged = new boolean[pages.size()];
        int[] at = {0};
        // JBake wants a destination folder; nothing is ever written to it.
        SiteRender render = bakery.render(graph, projectRoot.resolve("target/.dossier-serve"), Edition.SITE, assets, (data, page, prev, next) -> {
            int i = at[0]++;
            PageModel old = sameFrame ? oldPageModel(i, page) : null;
            if (old != null && old.page == page && old.prev == prev && old.next == next) {
                newPageModels[i] = old;
                unchanged[i] = true;
                return old.model;
            }
            newPageModels[i] = new PageModel(page, prev, next, data.page(page, prev, next), new DocumentModel[1]);
            return newPageModels[i].model;
        }, model -> {
            // The crawler asks for a page's document right after its model.
            PageModel page = at[0] > 0 && at[0] <= newPageModels.length ? newPageModels[at[0] - 1] : null;
            if (page == null || page.model != model) return SiteCrawler.document(model);
            if (page.document[0] == null) page.document[0] = SiteCrawler.document(model);
            return page.document[0];
        });
        Set<String> changedGlobals = changedGlobals(graph, sameFrame);

        // Documents whose model changed; unchanged ones keep theirs. Applied to models only when
        // every document rendered, so that a failed bake compares with the last good one again.
        Map<String, Map<String, Object>> changedModels = new HashMap<>();
        List<DocumentModel> documentsNow = render.documents();
        int known = 0;
        List<DocumentModel> dirty = new java.util.ArrayList<>();
        for (int i = 0; i < documentsNow.size(); i++) {
            DocumentModel doc = documentsNow.get(i);
            boolean usesChanged = !changedGlobals.isEmpty()
                    && globalsByType.getOrDefault(doc.getType(), ALL_GLOBALS).stream().anyMatch(changedGlobals::contains);
            // The crawler adds the pages first, in reading order. An unchanged page's model is
            // the last good bake's, so its document is known there.
            if (i < unchanged.length && unchanged[i]) {
                known++;
                if (usesChanged) dirty.add(doc);
                continue;
            }
            String uri = doc.getUri();
            Map<String, Object> old = models.get(uri);
            if (old != null) known++;
            Map<String, Object> model = new LinkedHashMap<>(doc);
            changedModels.put(uri, model);
            if (usesChanged || !model.equals(old)) dirty.add(doc);
        }
        Map<String, DocumentModel> later = new HashMap<>();
        for (DocumentModel doc : dirty) if (ON_REQUEST.contains(doc.getType())) later.put(doc.getUri(), doc);
        dirty.removeIf(doc -> later.containsKey(doc.getUri()));
        Map<String, byte[]> rendered = new ConcurrentHashMap<>();
        render.render(dirty, rendered::put);
        render.throwIfFailed();

        Map<String, byte[]> written = new LinkedHashMap<>();
        rendered.forEach((uri, bytes) -> {
            if (!Arrays.equals(bytes, outputs.get(uri))) written.put(uri, bytes);
        });
        // Every document of last time is still here when all of today's are known and as many.
        Set<String> removed = new HashSet<>();
        if (known != models.size()) {
            Set<String> present = new HashSet<>();
            for (DocumentModel doc : documentsNow) present.add(doc.getUri());
            for (String uri : models.keySet()) if (!present.contains(uri)) removed.add(uri);
        }
        // Nothing below can fail: bring the kept state up to date in place.
        outputs.putAll(rendered);
        outputs.keySet().removeAll(removed);
        outputs.keySet().removeAll(later.keySet());
        unrendered.keySet().removeAll(removed);
        unrendered.putAll(later);
        models.putAll(changedModels);
        models.keySet().removeAll(removed);
        pageModels = newPageModels;
        pageModelsByUri = null;
        lastGraph = graph;
        lastRender = render;
        lastAssets = Map.copyOf(assets);
        return new Changes(graph, written, removed, later.keySet(), rendered.size());
    }

    /**
     * Renders a document that the last bake left for when it is asked for.
     *
     * @return its output, or null when there is no such document waiting (it is rendered already, or unknown)
     */
    public synchronized byte[] render(String uri) throws ContentException {
        DocumentModel doc = unrendered.get(uri);
        if (doc == null) return null;
        byte[] bytes = lastRender.bytes(doc);
        lastRender.throwIfFailed();
        unrendered.remove(uri);
        outputs.put(uri, bytes);
        return bytes;
    }

    /** A page's template model, made from the page and its neighbours, and its JBake document once made. */
    private record PageModel(LinkedPage page, LinkedPage prev, LinkedPage next, Map<String, Object> model, DocumentModel[] document) {
    }

    /** The last good bake's model of the page now at place {@code i}, or null. */
    private PageModel oldPageModel(int i, LinkedPage page) {
        if (i < pageModels.length && pageModels[i].page.uri().equals(page.uri())) return pageModels[i];
        if (pageModelsByUri == null) {
            pageModelsByUri = new HashMap<>();
            for (PageModel m : pageModels) pageModelsByUri.put(m.page.uri(), m);
        }
        return pageModelsByUri.get(page.uri());
    }

    /**
     * Which global lists may differ from the last bake, decided from their inputs without
     * building them: the pages in reading order, and for each page that was linked afresh its
     * title, number, summary, date, citations and glossary terms.
     */
    private Set<String> changedGlobals(SiteGraph graph, boolean sameFrame) {
        if (!sameFrame || lastGraph.pages().size() != graph.pages().size()
                || !java.util.Objects.equals(lastGraph.content().references(), graph.content().references())
                || !java.util.Objects.equals(lastGraph.content().glossary(), graph.content().glossary())) {
            return Set.copyOf(GLOBALS);
        }
        Set<String> out = new HashSet<>();
        List<LinkedPage> before = lastGraph.pages();
        List<LinkedPage> after = graph.pages();
        for (int i = 0; i < after.size(); i++) {
            LinkedPage a = before.get(i);
            LinkedPage b = after.get(i);
            if (a == b) continue;
            if (!a.uri().equals(b.uri()) || !summaryKey(a).equals(summaryKey(b))) return Set.copyOf(GLOBALS);
            if (!citationKey(a).equals(citationKey(b))) out.add("bibliography");
            if (!termKey(a).equals(termKey(b))) out.add("terms");
        }
        return out;
    }

    private static List<Object> summaryKey(LinkedPage p) {
        var s = p.source();
        return List.of(s.title(), s.number(), s.summary(), String.valueOf(s.updated()), s.order());
    }

    private static List<String> citationKey(LinkedPage p) {
        return p.citations().stream().map(c -> c.referenceId() + "#" + c.anchor()).toList();
    }

    private static List<String> termKey(LinkedPage p) {
        return p.terms().stream().map(nl.dossier.model.GlossaryTerm::term).toList();
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
