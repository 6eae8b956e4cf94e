package nl.dossier.build;

import nl.dossier.bake.Bakery;
import nl.dossier.bake.Edition;
import nl.dossier.bundle.BundleName;
import nl.dossier.bundle.Bundler;
import nl.dossier.check.OutputChecker;
import nl.dossier.link.SiteGraph;
import nl.dossier.model.BackgroundStage;
import nl.dossier.model.ContentException;
import nl.dossier.model.Problem;
import nl.dossier.model.Phrase;
import nl.dossier.pdf.PdfCache;
import nl.dossier.search.SearchStage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Runs the stages in order (load → link → render → search → bundle → bake → check) into fresh
 * temporary folders next to the output, and only when every stage succeeded swaps them into
 * place: the site, the Lucene search index beside it ({@code site-search-index/} next to
 * {@code site/}) and the offline zip. A failed or interrupted build leaves the previous site, index and
 * zip as they were; leftovers of an interrupted build are removed by the next one.
 */
public final class SiteBuilder {
    static final String TEMP_PREFIX = ".dossier-tmp-";
    static final String OLD_PREFIX = ".dossier-old-";
    static final String CACHE_FOLDER = "dossier-cache";

    private final Path projectRoot;
    private final Path output;
    private final Path indexOutput;
    private final Progress progress;

    public SiteBuilder(Path projectRoot, Path output, Progress progress) {
        this.projectRoot = projectRoot.toAbsolutePath().normalize();
        this.output = output.toAbsolutePath().normalize();
        this.indexOutput = indexFolder(this.output);
        this.progress = progress;
    }

    /** The result of a successful build, for later stages and for tests. */
    public record Result(SiteGraph graph, int files, Path zip) {
    }

    /** Where the search index of a site folder goes: beside it ({@code target/site-search-index}), not inside the hosted site. */
    public static Path indexFolder(Path siteFolder) {
        Path site = siteFolder.toAbsolutePath().normalize();
        // Named after the site folder, so two sites built side by side keep their own index.
        return site.resolveSibling(site.getFileName() + "-search-index");
    }

    /**
     * @throws OutputGuard.Refused before anything is written, when the source is no site folder or
     *                             the output would replace something Dossier did not make
     */
    public Result build() throws ContentException {
        long start = System.nanoTime();
        OutputGuard guard = OutputGuard.forSource(projectRoot);
        guard.checkSiteFolder(output);
        Path parent = output.getParent();
        try {
            Files.createDirectories(parent);
            removeLeftovers(parent);
        } catch (IOException e) {
            throw new ContentException(Problem.inFile(parent.toString(), Phrase.of("output.cannot_prepare", "detail", e.getMessage())));
        }

        Bakery bakery = new Bakery(projectRoot);
        Prepared prepared = prepare(projectRoot, progress, bakery);
        SiteGraph graph = prepared.graph();

        Path temp;
        Path tempIndex;
        Path work;
        try {
            // The zip is named after site.yaml, so only now can it be checked.
            guard.checkZipBeside(output, zipNextToSite(graph));
            temp = temporaryFolder(parent);
            tempIndex = temporaryFolder(parent);
            work = temporaryFolder(parent);
        } catch (IOException | RuntimeException e) {
            prepared.templates().awaitQuietly();
            if (e instanceof RuntimeException r) throw r;
            throw new ContentException(Problem.inFile(parent.toString(), Phrase.of("output.cannot_create_temp", "detail", e.getMessage())));
        }
        BackgroundStage<Integer> indexing = null;
        try {
            indexing = indexAlongside(graph, tempIndex, progress);
            SearchFilesOnce searchFiles = new SearchFilesOnce(indexing, tempIndex, work.resolve("search-files"));

            // The offline bundle comes before the site: the home page shows the zip's size, so the
            // zip must exist before the site is baked. It holds its own variant of the pages (a
            // banner instead of the download link), so its size does not depend on the site's pages.
            // The search index is written alongside, on the other core, while the copy's pages are
            // rendered and zipped.
            long t = System.nanoTime();
            prepared.templates().join();
            Bundler.Bundle bundle = new Bundler(bakery, graph, pdfCache()).make(work, searchFiles);
            progress.stage("bundle", bundle.summary(), t);

            t = System.nanoTime();
            int files = bakery.bake(graph, temp, Edition.online(bundle.zipDownload(), bundle.pdfDownload()));
            bundle.publishInto(temp);
            int searchFileCount = searchFiles.exportInto(temp);
            progress.stage("bake", files + " files, " + searchFileCount + " search files", t);

            t = System.nanoTime();
            new OutputChecker(temp, bakery.sources(temp)).check();
            progress.stage("check", "links, anchors, headings, HTML", t);

            swapIntoPlace(tempIndex, indexOutput);
            swapIntoPlace(temp, output);
            Path zip = placeNextToSite(bundle);
            progress.built(new Progress.Written(projectRoot, output, indexOutput, zip, bundle.pdfIn(output)), System.nanoTime() - start);
            return new Result(graph, files, zip);
        } catch (ContentException | RuntimeException e) {
            if (indexing != null) indexing.awaitQuietly();
            deleteQuietly(temp);
            deleteQuietly(tempIndex);
            throw e;
        } finally {
            deleteQuietly(work);
        }
    }

    /** Finished PDFs kept between builds, beside the site: printing an unchanged chapter again costs seconds. */
    private PdfCache pdfCache() {
        return PdfCache.in(output.resolveSibling(CACHE_FOLDER));
    }

    /** The site graph, and the bakery's set-up, which may still be running on the other core. */
    record Prepared(SiteGraph graph, BackgroundStage<Bakery> templates) {
    }

    /**
     * Stages load, link and render, with the bakery set up meanwhile on the other core
     * ({@link Bakery#prepare()} needs no content): shared by build and bundle.
     */
    static Prepared prepare(Path projectRoot, Progress progress, Bakery bakery) throws ContentException {
        BackgroundStage<Bakery> templates = BackgroundStage.start("templates", bakery::prepare);
        try {
            return new Prepared(prepare(projectRoot, progress), templates);
        } catch (ContentException | RuntimeException e) {
            templates.awaitQuietly();
            throw e;
        }
    }

    /** The search index, written on its own thread into {@code index} while the build goes on. */
    static BackgroundStage<Integer> indexAlongside(SiteGraph graph, Path index, Progress progress) {
        long start = System.nanoTime();
        return BackgroundStage.start("search", () -> {
            int sections = new SearchStage(graph).index(index);
            progress.stage("search", sections + " sections indexed", start);
            return sections;
        });
    }

    /** Stages load, link and render ({@link Pipeline}): the site graph with every page's HTML. */
    static SiteGraph prepare(Path projectRoot, Progress progress) throws ContentException {
        SiteGraph graph = Pipeline.once(projectRoot).run(null, (name, summary, t) -> progress.stage(name, summary.get(), t));
        checkOnePageSize(graph);
        return graph;
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
     * A temporary folder beside the output, marked as Dossier's at once: a killed build leaves it
     * for the next one to remove, which removes only marked (or empty) folders.
     */
    static Path temporaryFolder(Path parent) throws IOException {
        Path folder = Files.createTempDirectory(parent, TEMP_PREFIX);
        OutputGuard.mark(folder);
        return folder;
    }

    private Path zipNextToSite(SiteGraph graph) {
        return output.getParent().resolve(BundleName.of(graph.content().site()).zipFile());
    }

    /** The zip replaces the previous one in one rename, only after the site itself is in place. */
    private Path placeNextToSite(Bundler.Bundle bundle) throws ContentException {
        Path target = output.getParent().resolve(bundle.name().zipFile());
        try {
            Files.move(bundle.zip(), target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new ContentException(Problem.inFile(target.toString(), Phrase.of("output.cannot_place_bundle", "detail", e.getMessage())));
        }
    }

    private static void swapIntoPlace(Path temp, Path target) throws ContentException {
        Path parent = target.getParent();
        try {
            Path old = null;
            if (Files.exists(target)) {
                // Checked before the build: the folder is Dossier's. Marked before it moves aside, so
                // that after a kill the next build knows the aside folder as its own too.
                if (!Files.exists(target.resolve(OutputGuard.MARKER))) OutputGuard.mark(target);
                old = parent.resolve(OLD_PREFIX + target.getFileName() + "-" + ProcessHandle.current().pid());
                Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            if (old != null) deleteQuietly(old);
        } catch (IOException e) {
            throw new ContentException(Problem.inFile(target.toString(), Phrase.of("output.cannot_place", "name", target.getFileName(), "detail", e.getMessage())));
        }
    }

    /**
     * Folders left by a build that was killed: a temp folder, or the old site or index mid-swap.
     * Only folders with exactly the names Dossier gives them, marked or empty, are touched.
     */
    private void removeLeftovers(Path parent) throws IOException {
        try (Stream<Path> list = Files.list(parent)) {
            for (Path p : list.toList()) {
                String name = p.getFileName().toString();
                if (!name.startsWith(TEMP_PREFIX) && !name.startsWith(OLD_PREFIX) || !OutputGuard.madeByDossier(p)) continue;
                if (numbered(name, TEMP_PREFIX)) {
                    deleteQuietly(p);
                    continue;
                }
                for (Path target : new Path[] {output, indexOutput}) {
                    if (numbered(name, OLD_PREFIX + target.getFileName() + "-")) {
                        // A kill between the two moves leaves the old one here and no output: restore it.
                        if (!Files.exists(target)) Files.move(p, target, StandardCopyOption.ATOMIC_MOVE);
                        else deleteQuietly(p);
                    }
                }
            }
        }
    }

    /**
     * The prefix and nothing but digits: a temporary folder's random number or the process id of
     * an aside name. So the index's aside name is not taken for the site's, nor a user's own
     * {@code .dossier-tmp-notes} for a leftover.
     */
    private static boolean numbered(String name, String prefix) {
        return name.length() > prefix.length() && name.startsWith(prefix)
                && name.substring(prefix.length()).chars().allMatch(c -> c >= '0' && c <= '9');
    }

    static void deleteQuietly(Path dir) {
        if (!Files.exists(dir)) return;
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // Best effort: the next build removes what is left.
        }
    }
}
