package nl.dossier.build;

import nl.dossier.bake.Bakery;
import nl.dossier.bake.Edition;
import nl.dossier.bake.LiveBakery;
import nl.dossier.bundle.BundleName;
import nl.dossier.bundle.Bundler;
import nl.dossier.check.OutputChecker;
import nl.dossier.link.SiteGraph;
import nl.dossier.link.SiteLinker;
import nl.dossier.load.ContentLoader;
import nl.dossier.load.SourceCache;
import nl.dossier.model.BackgroundStage;
import nl.dossier.model.Content;
import nl.dossier.model.ContentException;
import nl.dossier.model.GlossaryTerm;
import nl.dossier.model.Messages;
import nl.dossier.model.Parallel;
import nl.dossier.model.Phrase;
import nl.dossier.model.Problem;
import nl.dossier.model.ProblemCatalog;
import nl.dossier.model.Problems;
import nl.dossier.pdf.PdfCache;
import nl.dossier.render.MarkdownProcessor;
import nl.dossier.render.PageText;
import nl.dossier.search.SearchStage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The one orchestrator: load → link → render → bake → (search, bundle, check), for
 * {@code build}, {@code bundle}, {@code check} and {@code serve} alike. The outputs differ only
 * in their settings ({@link Edition}) and where the bytes go: a folder swapped into place
 * ({@link #build}), the zip ({@link #bundle}, and inside every build), memory ({@link #serve}).
 *
 * <p>A one-off run reads every file and drops each page's AST once it is rendered; {@code serve}
 * keeps one pipeline and hands it its last good graph, so that unchanged files are not read
 * again, unchanged pages not parsed, linked or rendered again, and the pipeline keeps its bakery,
 * which renders only the documents whose template model changed.
 */
public final class Pipeline {
    /**
     * Told when a stage ends: its name, what it did, and when it started ({@link System#nanoTime}).
     * The summary is made only when asked for: counting the terms in use builds the site's term
     * index, which {@code serve} otherwise does not need on an edit.
     */
    @FunctionalInterface
    public interface Stages {
        void stage(String name, Supplier<String> summary, long startNanos);
    }

    private final Path root;
    /** Parsed files kept between runs, or null to read every file. */
    private final SourceCache cache;
    private MarkdownProcessor markdown;
    private List<GlossaryTerm> markdownGlossary;
    private Messages markdownMessages;
    /** The bake stage of {@code serve}, kept between runs; dropped when a template changes. */
    private LiveBakery liveBakery;

    private Pipeline(Path root, SourceCache cache) {
        this.root = root.toAbsolutePath().normalize();
        this.cache = cache;
    }

    /** A pipeline that runs once: every file read, every page parsed, each AST dropped once rendered. */
    public static Pipeline once(Path root) {
        return new Pipeline(root, null);
    }

    /** A pipeline that runs again after edits, with the files the cache keeps; the ASTs are kept to link unchanged pages again. */
    public static Pipeline live(Path root, SourceCache cache) {
        return new Pipeline(root, cache);
    }

    /** The result of a build or bundle: the graph, the number of documents baked, the zip written. */
    public record Result(SiteGraph graph, int files, Path zip) {
    }

    /** Where the search index of a site folder goes: beside it ({@code target/site-search-index}), not inside the hosted site. */
    public static Path indexFolder(Path siteFolder) {
        Path site = siteFolder.toAbsolutePath().normalize();
        // Named after the site folder, so two sites built side by side keep their own index.
        return site.resolveSibling(site.getFileName() + "-search-index");
    }

    /**
     * {@code build} (and {@code check}, into a folder it deletes): the hosted site, its search
     * index beside it and the offline zip beside that, each made in a temporary folder and put in
     * place only when every stage passed.
     *
     * @throws OutputGuard.Refused before anything is written, when the source is no site folder or
     *                             the output would replace something Dossier did not make
     */
    public Result build(Path output, Progress progress) throws ContentException {
        return publish(output.toAbsolutePath().normalize(), null, progress);
    }

    /**
     * {@code bundle}: only the offline zip, without touching the built site, with the same stages
     * and the same guarantee as the build.
     *
     * @param zip where the zip goes; null for {@code target/<name>-offline.zip} in the project
     * @throws OutputGuard.Refused before anything is written, when the source is no site folder or
     *                             the zip would replace a file Dossier did not write
     */
    public Result bundle(Path zip, Progress progress) throws ContentException {
        return publish(null, zip == null ? null : zip.toAbsolutePath().normalize(), progress);
    }

    /**
     * A one-off run to disk. The offline bundle comes before the site: the home page shows the
     * zip's size, so the zip must exist before the site is baked. It holds its own variant of the
     * pages (a banner instead of the download link), so its size does not depend on the site's
     * pages. The templates are parsed on the other core while the content loads, and the search
     * index is written there while the copy's pages are rendered and zipped.
     *
     * @param site the site folder, or null for the zip alone
     * @param zip  where the zip alone goes (null: the default); unused with a site, whose zip lies beside it
     */
    private Result publish(Path site, Path zip, Progress progress) throws ContentException {
        long start = System.nanoTime();
        OutputGuard guard = OutputGuard.forSource(root);
        if (site != null) {
            guard.checkSiteFolder(site);
            try {
                Files.createDirectories(site.getParent());
                OutputFolders.removeLeftovers(site.getParent(), site, indexFolder(site));
            } catch (IOException e) {
                throw new ContentException(Problem.inFile(site.getParent().toString(), Phrase.of("output.cannot_prepare", "detail", e.getMessage())));
            }
        } else if (zip != null) {
            guard.checkZip(zip);
        }

        Bakery bakery = new Bakery(root);
        BackgroundStage<Bakery> templates = BackgroundStage.start("templates", bakery::prepare);
        SiteGraph graph;
        Path zipTarget;
        Path work = null;
        Path temp = null;
        Path tempIndex = null;
        try {
            graph = run(null, (name, summary, t) -> progress.stage(name, summary.get(), t));
            checkOnePageSize(graph);
            // The zip is named after site.yaml, so only now can it be checked.
            String zipName = BundleName.of(graph.content().site()).zipFile();
            zipTarget = site != null ? site.resolveSibling(zipName) : zip != null ? zip : root.resolve("target").resolve(zipName);
            if (site != null) guard.checkZipBeside(site, zipTarget);
            else guard.checkZip(zipTarget);
            Files.createDirectories(zipTarget.getParent());
            work = OutputFolders.temporaryFolder(zipTarget.getParent());
            if (site != null) {
                temp = OutputFolders.temporaryFolder(zipTarget.getParent());
                tempIndex = OutputFolders.temporaryFolder(zipTarget.getParent());
            } else {
                tempIndex = work.resolve("search-index");
            }
        } catch (ContentException | IOException | RuntimeException e) {
            templates.awaitQuietly();
            OutputFolders.deleteQuietly(work);
            OutputFolders.deleteQuietly(temp);
            if (e instanceof ContentException c) throw c;
            if (e instanceof RuntimeException r) throw r;
            Path folder = site != null ? site.getParent() : zip != null ? zip.getParent() : root.resolve("target");
            throw new ContentException(Problem.inFile(folder.toString(), Phrase.of("output.cannot_create_temp", "detail", e.getMessage())));
        }

        BackgroundStage<Integer> indexing = null;
        try {
            indexing = indexAlongside(graph, tempIndex, progress);
            // The site's search files are exported straight into it; the copy zips them from there.
            SearchFiles searchFiles = new SearchFiles(indexing, tempIndex, site != null ? temp : work.resolve("search-files"));

            long t = System.nanoTime();
            templates.join();
            PdfCache pdfCache = PdfCache.in(zipTarget.resolveSibling(OutputFolders.CACHE_FOLDER));
            Bundler.Bundle bundle = new Bundler(bakery, graph, pdfCache).make(work, searchFiles);
            progress.stage("bundle", bundle.summary(), t);
            if (site == null) {
                OutputFolders.moveIntoPlace(bundle.zip(), zipTarget);
                progress.done(zipTarget, System.nanoTime() - start, words(graph));
                return new Result(graph, bundle.files(), zipTarget);
            }

            t = System.nanoTime();
            int files = bakery.bake(graph, temp, Edition.online(bundle.zipDownload(), bundle.pdfDownload()));
            bundle.publishInto(temp);
            progress.stage("bake", files + " files, " + searchFiles.count + " search files", t);

            t = System.nanoTime();
            new OutputChecker(temp, bakery.sources(temp)).check();
            progress.stage("check", "links, anchors, headings, HTML", t);

            Path index = indexFolder(site);
            OutputFolders.swapIntoPlace(tempIndex, index);
            OutputFolders.swapIntoPlace(temp, site);
            OutputFolders.moveIntoPlace(bundle.zip(), zipTarget);
            progress.built(new Progress.Written(root, site, index, zipTarget, bundle.pdfIn(site)), System.nanoTime() - start, words(graph));
            return new Result(graph, files, zipTarget);
        } catch (ContentException | RuntimeException e) {
            if (indexing != null) indexing.awaitQuietly();
            OutputFolders.deleteQuietly(temp);
            OutputFolders.deleteQuietly(tempIndex);
            throw e;
        } finally {
            // The bundle's index is written into the work folder: let it end before the folder is deleted.
            if (indexing != null) indexing.awaitQuietly();
            OutputFolders.deleteQuietly(work);
        }
    }

    /**
     * {@code serve}: the stages again after an edit, with the last good graph handed back, baked
     * into memory. Only documents whose template model changed are rendered.
     *
     * @param assets asset path → published path
     */
    public LiveBakery.Changes serve(SiteGraph previous, Map<String, String> assets, Stages stages) throws ContentException {
        SiteGraph graph = run(previous, stages);
        long t = System.nanoTime();
        if (liveBakery == null) liveBakery = new Bakery(root).live();
        LiveBakery.Changes changes = liveBakery.bake(graph, assets);
        stages.stage("bake", () -> changes.rendered() + " documents rendered", t);
        return changes;
    }

    /** A document that {@link #serve} left to render when it is asked for; null when there is none waiting. */
    public byte[] renderOnRequest(String uri) throws ContentException {
        return liveBakery == null ? null : liveBakery.render(uri);
    }

    /** A template changed: the next {@link #serve} starts a new bakery, whose Freemarker reads every template afresh. */
    public void templatesChanged() {
        liveBakery = null;
    }

    /** The search index, written on its own thread into {@code index} while the build goes on. */
    /** The words of the site's language, as loaded, for what a build says at its end. */
    private static ProblemCatalog words(SiteGraph graph) {
        return ProblemCatalog.forLanguage(graph.content().messages().language());
    }

    private static BackgroundStage<Integer> indexAlongside(SiteGraph graph, Path index, Progress progress) {
        long start = System.nanoTime();
        return BackgroundStage.start("search", () -> {
            int sections = new SearchStage(graph).index(index);
            progress.stage("search", sections + " sections indexed", start);
            return sections;
        });
    }

    /** The browser's search files, exported once from the index when it is written; the offline copy zips them from the folder. */
    private static final class SearchFiles implements Bundler.SearchFiles {
        private final BackgroundStage<Integer> indexing;
        private final Path index;
        private final Path into;
        private int count = -1;

        SearchFiles(BackgroundStage<Integer> indexing, Path index, Path into) {
            this.indexing = indexing;
            this.index = index;
            this.into = into;
        }

        @Override
        public synchronized Path folder() throws ContentException {
            indexing.join();
            if (count < 0) count = SearchStage.exportBrowserFiles(index, into);
            return into;
        }
    }

    /** The largest one-page chapter built; beyond it no browser shows the page usably, and building it costs gigabytes. */
    static final long ONE_PAGE_LIMIT_CHARS = 32_000_000;

    /** A chapter too large for one page is a mistake in site.yaml, reported before anything is baked. */
    static void checkOnePageSize(SiteGraph graph) throws ContentException {
        if (!graph.content().site().onePage()) return;
        long chars = graph.pages().stream().mapToLong(p -> p.html().length()).sum();
        if (chars > ONE_PAGE_LIMIT_CHARS) {
            throw new ContentException(Problem.inFile("content/site.yaml", Phrase.of("site.one_page_too_big", "chars", chars / 1_000_000,
                    "pages", graph.pages().size(), "limit", ONE_PAGE_LIMIT_CHARS / 1_000_000)));
        }
    }

    /**
     * Load, link and render: the site graph with every page's HTML.
     *
     * @param previous the last good graph of this pipeline, whose unchanged pages are reused; null for none
     */
    public SiteGraph run(SiteGraph previous, Stages stages) throws ContentException {
        long t = System.nanoTime();
        Content content = new ContentLoader(root).load(cache);
        stages.stage("load", () -> content.pages().size() + " pages, " + content.references().size() + " references, "
                + content.glossary().size() + " terms", t);

        t = System.nanoTime();
        if (markdown == null || !content.glossary().equals(markdownGlossary) || !content.messages().equals(markdownMessages)) {
            markdown = new MarkdownProcessor(content.glossary(), content.messages());
            markdownGlossary = content.glossary();
            markdownMessages = content.messages();
            previous = null; // glossary terms are found while parsing: parse every page again
        }
        SiteGraph graph = new SiteLinker(content, markdown, root).link(previous);
        stages.stage("link", () -> graph.pages().stream().mapToInt(p -> p.citations().size()).sum() + " citations, "
                + graph.termUsedOn().size() + " terms in use", t);

        t = System.nanoTime();
        render(graph);
        stages.stage("render", () -> graph.pages().size() + " pages to HTML", t);
        return graph;
    }

    /**
     * Stage render: Markdown to HTML for every page linked afresh (a reused page keeps its HTML),
     * with the Markdown line each HTML line came from for the output check's messages. A page that
     * takes longer than its budget is a content error at the place the renderer had reached.
     */
    private void render(SiteGraph graph) throws ContentException {
        MarkdownProcessor md = markdown;
        boolean once = cache == null;
        Problems problems = new Problems();
        Parallel.forEach(graph.pages(), p -> {
            if (p.isRendered()) return;
            try {
                p.setHtml(md.render(p.document()), MarkdownProcessor.lines(p.document()));
            } catch (PageText.TooComplex e) {
                problems.add(SiteLinker.tooComplex(p.source(), e));
                return;
            }
            if (once) p.releaseDocument();
        });
        problems.throwIfAny();
    }
}
