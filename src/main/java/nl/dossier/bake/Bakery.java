package nl.dossier.bake;

import freemarker.core.ParseException;
import freemarker.template.Configuration;
import freemarker.template.TemplateException;
import freemarker.template.TemplateNotFoundException;
import nl.dossier.check.OutputChecker;
import nl.dossier.link.SiteGraph;
import nl.dossier.model.ContentException;
import nl.dossier.model.Problem;
import nl.dossier.model.Phrase;
import nl.dossier.model.Problems;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.model.DocumentTypes;
import org.jbake.template.ModelExtractors;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeSet;

/**
 * Stage bake: crawls the site graph into JBake documents and gives each variant of the site
 * (hosted, offline copy) as a {@link SiteRender}, or for {@code serve} as a {@link LiveBakery}, through JBake's template engine with its
 * Freemarker templates and model extractors.
 *
 * <p>This takes the place of {@code Oven.bake()}: that method calls the final
 * {@code ContentStore.updateSchema()}, which dereferences the OrientDB session, so it cannot
 * run with an in-memory store. JBake's {@code Renderer} is not used either: it can only write
 * files, and the offline copy and {@code serve} render into the zip and memory.
 */
public final class Bakery {
    static {
        // Freemarker logs every template error through java.util.logging by default, which prints
        // its long report and a Java stack trace on the terminal. The error is reported as a
        // Problem (templateProblem) instead; route Freemarker's log to SLF4J, which is silent here.
        if (System.getProperty(freemarker.log.Logger.SYSTEM_PROPERTY_NAME_LOGGER_LIBRARY) == null) {
            System.setProperty(freemarker.log.Logger.SYSTEM_PROPERTY_NAME_LOGGER_LIBRARY, freemarker.log.Logger.LIBRARY_NAME_SLF4J);
        }
    }

    private final Path projectRoot;
    /**
     * The one-page chapter's page bodies, moved once for every bake of this Bakery: the hosted
     * site and the offline copy have the same chapter text, only their frame differs.
     */
    private final MovedBodies movedBodies = new MovedBodies();
    /** Freemarker with its parsed templates, made by {@link #prepare()}: both variants use the same templates. */
    private Configuration templates;
    /**
     * The variant baked last and where to: {@link #sources} tells where its files came from. Only
     * the last is kept: the build checks each variant before it bakes the next, and a variant's
     * documents are much memory on a large site.
     */
    private SiteRender lastRender;
    private Path lastRoot;
    /** Asset path → fingerprinted published path, read once: both variants publish the same assets. */
    private Map<String, String> manifest;

    public Bakery(Path projectRoot) {
        this.projectRoot = projectRoot;
    }

    /**
     * The part of baking that needs no content, done once: checks that the templates are there,
     * sets up JBake's settings and Freemarker, and parses every template. In a cold JVM this is
     * mostly class loading and parsing, so the build runs it on the other core while the
     * content loads; the first bake runs it if nobody has.
     *
     * @return this bakery
     */
    public synchronized Bakery prepare() throws ContentException {
        if (templates != null) return this;
        checkProjectFiles(projectRoot);
        // Freemarker's settings do not depend on where a bake writes.
        Configuration freemarker = SiteTemplateEngine.freemarker(JBakeSettings.create(projectRoot, projectRoot));
        for (String file : new TreeSet<>(JBakeSettings.TEMPLATES.values())) {
            try {
                freemarker.getTemplate(file);
            } catch (IOException e) {
                // A template with a mistake: the bake that renders it reports it, with the pages it breaks.
            }
        }
        templates = freemarker;
        return this;
    }

    /**
     * The bake stage of {@code serve}: this bakery's templates and chapter bodies, rendering into
     * memory only the documents whose model changed; the pipeline keeps it between edits.
     */
    public LiveBakery live() throws ContentException {
        prepare();
        return new LiveBakery(this, projectRoot);
    }

    /** Bakes one variant of the site into a folder; @return the number of documents written */
    public int bake(SiteGraph graph, Path destination, Edition edition) throws ContentException {
        try {
            return render(graph, destination, edition).writeAll(SiteRender.folder(destination));
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new ContentException(Problem.inFile(destination.toString(), Phrase.of("output.cannot_write_site", "detail", e.getMessage())));
        }
    }

    /**
     * One variant of the site, to render through the one render path into a folder, the zip or memory.
     *
     * @param root where the variant's files are or would be: links and problems are resolved against it
     */
    public SiteRender render(SiteGraph graph, Path root, Edition edition) throws ContentException {
        return render(graph, root, edition, manifest(), SiteCrawler.PageModels.NEW, SiteCrawler.Documents.NEW);
    }

    /**
     * The one crawl behind every variant; the live preview passes its own assets (not
     * fingerprinted) and reuses the page models and documents that did not change.
     *
     * @param assets asset path → published path (see {@link AssetCopier#manifest})
     */
    SiteRender render(SiteGraph graph, Path root, Edition edition, Map<String, String> assets,
                      SiteCrawler.PageModels pageModels, SiteCrawler.Documents documents) throws ContentException {
        prepare();
        JBakeConfiguration config = JBakeSettings.create(projectRoot, root);
        TemplateData data = new TemplateData(graph, edition, assets, movedBodies);
        MemoryContentStore store = new MemoryContentStore(data);
        registerTypes();
        new SiteCrawler(store, config, graph, data, pageModels, documents).crawl();
        SiteRender render = new SiteRender(graph, store.documents(), new SiteTemplateEngine(store, config, templates),
                projectRoot.resolve("assets"), assets, data::body);
        synchronized (this) {
            lastRender = render;
            lastRoot = root.toAbsolutePath().normalize();
        }
        return render;
    }

    private synchronized Map<String, String> manifest() throws ContentException {
        if (manifest == null) {
            try {
                manifest = AssetCopier.manifest(projectRoot, true);
            } catch (IOException e) {
                throw new ContentException(Problem.inFile("assets", Phrase.of("assets.cannot_read", "detail", e.getMessage())));
            }
        }
        return manifest;
    }

    /** Every template is there and readable, and no JBake setting file claims to configure the bake. */
    static void checkProjectFiles(Path projectRoot) throws ContentException {
        Problems problems = new Problems();
        JBakeSettings.rejectProjectFiles(projectRoot, problems);
        JBakeSettings.TEMPLATES.forEach((type, file) -> {
            if (!Files.isRegularFile(projectRoot.resolve("templates").resolve(file))) {
                problems.add(Problem.inFile("templates/" + file, Phrase.of("template.missing", "type", type)));
            }
        });
        // Freemarker reports an unreadable template as a Java exception, once per page: check first.
        try (var files = Files.list(projectRoot.resolve("templates"))) {
            for (Path f : files.filter(f -> f.getFileName().toString().endsWith(".ftl")).sorted().toList()) {
                if (Files.isRegularFile(f) && !Files.isReadable(f)) {
                    String shown = "templates/" + f.getFileName();
                    problems.add(Problem.inFile(shown, Phrase.of("template.not_readable", "file", shown)));
                }
            }
        } catch (IOException e) {
            problems.add(Problem.inFile("templates", Phrase.of("templates.cannot_list", "reason", nl.dossier.load.SourceReader.reason(e))));
        }
        problems.throwIfAny();
    }

    /**
     * Where the files this bakery baked to {@code root} came from, so that the output check names
     * the Markdown, template, data file or asset a problem is to be fixed in.
     */
    public synchronized OutputChecker.Sources sources(Path root) {
        if (lastRender == null || !root.toAbsolutePath().normalize().equals(lastRoot)) {
            throw new IllegalStateException("the last variant baked was not baked to " + root);
        }
        return lastRender.sources(movedBodies);
    }

    /** JBake keeps document types and extractors in static registries; set them for this bake. */
    static synchronized void registerTypes() {
        DocumentTypes.resetDocumentTypes();
        for (String type : JBakeSettings.TEMPLATES.keySet()) DocumentTypes.addDocumentType(type);
        ModelExtractors.getInstance().reset();
    }

    /**
     * Finds the Freemarker error under JBake's wrapping and names the template and line.
     *
     * @throws IllegalStateException when the failure is no template mistake (an internal error)
     */
    static Problem templateProblem(Throwable e, DocumentModel doc) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ParseException pe) {
                return new Problem("templates/" + pe.getTemplateName(), pe.getLineNumber(), pe.getColumnNumber(),
                        Phrase.of("template.syntax", "detail", syntaxSummary(pe.getEditorMessage())));
            }
            if (t instanceof TemplateNotFoundException nf) {
                return Problem.inFile("templates/" + nf.getTemplateName(), Phrase.of("template.not_found"));
            }
            if (t instanceof TemplateException te) {
                String name = te.getTemplateSourceName() == null ? "templates" : "templates/" + te.getTemplateSourceName();
                return new Problem(name, te.getLineNumber() == null ? 0 : te.getLineNumber(),
                        te.getColumnNumber() == null ? 0 : te.getColumnNumber(),
                        Phrase.of("template.render_error", "documents", TemplateFailures.DOCUMENTS, "detail", summary(te.getMessageWithoutStackTop())));
            }
        }
        // Not a template mistake but one of this program: no writer can fix it.
        throw new IllegalStateException("cannot render " + doc.getUri(), e);
    }

    /** Freemarker's explanation without its tips, FTL stack and Java class names, on one line. */
    static String summary(String message) {
        if (message == null) return "";
        StringBuilder b = new StringBuilder();
        for (String line : message.split("\n")) {
            String l = line.strip();
            if (l.startsWith("----") || l.startsWith("Tip:")) break;
            l = l.replaceFirst("^==>\\s*", "").replaceAll("\\s*\\[in template \"[^\"]*\"[^\\]]*]", "")
                    .replaceAll("\\s*\\(wrapper: [^)]*\\)", "")
                    .replaceAll("\\s*The name was interpreted by this TemplateLoader:.*$", "");
            if (!l.isEmpty()) b.append(b.length() > 0 ? " " : "").append(l);
        }
        return b.toString();
    }

    /** The first line of a syntax error, without the list of tokens the parser would have accepted. */
    static String syntaxSummary(String message) {
        if (message == null) return "";
        int nl = message.indexOf('\n');
        String first = (nl < 0 ? message : message.substring(0, nl)).strip();
        return first.replaceFirst(",? but was expecting (one of these patterns|a pattern|\\S+)\\s*:?$", "");
    }
}
