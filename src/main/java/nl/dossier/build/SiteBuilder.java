package nl.dossier.build;

import nl.dossier.bake.Bakery;
import nl.dossier.check.OutputChecker;
import nl.dossier.link.SiteGraph;
import nl.dossier.link.SiteLinker;
import nl.dossier.load.ContentLoader;
import nl.dossier.model.Content;
import nl.dossier.model.ContentException;
import nl.dossier.model.Problem;
import nl.dossier.render.MarkdownProcessor;
import nl.dossier.search.SearchStage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Runs the stages in order (load → link → render → bake → search → check) into fresh temporary
 * folders next to the output, and only when every stage succeeded swaps them into place: the site,
 * and the Lucene search index beside it ({@code search-index/} next to the site folder). A failed
 * or interrupted build leaves the previous site and index as they were; leftovers of an
 * interrupted build are removed by the next one.
 */
public final class SiteBuilder {
    static final String TEMP_PREFIX = ".dossier-tmp-";
    static final String OLD_PREFIX = ".dossier-old-";

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
    public record Result(SiteGraph graph, int files) {
    }

    /** Where the search index of a site folder goes: beside it, not inside the hosted site. */
    public static Path indexFolder(Path siteFolder) {
        return siteFolder.toAbsolutePath().normalize().resolveSibling("search-index");
    }

    public Result build() throws ContentException {
        long start = System.nanoTime();
        Path parent = output.getParent();
        try {
            Files.createDirectories(parent);
            removeLeftovers(parent);
        } catch (IOException e) {
            throw new ContentException(Problem.inFile(parent.toString(), "cannot prepare output folder: " + e.getMessage(), null));
        }

        long t = System.nanoTime();
        Content content = new ContentLoader(projectRoot).load();
        progress.stage("load", content.pages().size() + " pages, " + content.references().size() + " references, "
                + content.glossary().size() + " terms", t);

        t = System.nanoTime();
        MarkdownProcessor markdown = new MarkdownProcessor(content.glossary());
        SiteGraph graph = new SiteLinker(content, markdown, projectRoot).link();
        int citations = graph.pages().stream().mapToInt(p -> p.citations().size()).sum();
        progress.stage("link", citations + " citations, " + graph.termUsedOn().size() + " terms in use", t);

        t = System.nanoTime();
        graph.pages().parallelStream().forEach(p -> p.setHtml(markdown.render(p.document())));
        progress.stage("render", graph.pages().size() + " pages to HTML", t);

        Path temp;
        Path tempIndex;
        try {
            temp = Files.createTempDirectory(parent, TEMP_PREFIX);
            tempIndex = Files.createTempDirectory(parent, TEMP_PREFIX);
        } catch (IOException e) {
            throw new ContentException(Problem.inFile(parent.toString(), "cannot create a temporary folder: " + e.getMessage(), null));
        }
        try {
            t = System.nanoTime();
            int files = new Bakery(projectRoot).bake(graph, temp);
            progress.stage("bake", files + " files", t);

            t = System.nanoTime();
            SearchStage.Stats search = new SearchStage(graph).build(temp, tempIndex);
            progress.stage("search", search.sections() + " sections, " + search.files() + " browser files", t);

            t = System.nanoTime();
            new OutputChecker(temp).check();
            progress.stage("check", "links and anchors", t);

            swapIntoPlace(tempIndex, indexOutput);
            swapIntoPlace(temp, output);
            progress.done(output, System.nanoTime() - start);
            return new Result(graph, files);
        } catch (ContentException | RuntimeException e) {
            deleteQuietly(temp);
            deleteQuietly(tempIndex);
            throw e;
        }
    }

    private static void swapIntoPlace(Path temp, Path output) throws ContentException {
        Path parent = output.getParent();
        try {
            Path old = null;
            if (Files.exists(output)) {
                old = parent.resolve(OLD_PREFIX + output.getFileName() + "-" + ProcessHandle.current().pid());
                Files.move(output, old, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(temp, output, StandardCopyOption.ATOMIC_MOVE);
            if (old != null) deleteQuietly(old);
        } catch (IOException e) {
            throw new ContentException(Problem.inFile(output.toString(), "cannot put the new site in place: " + e.getMessage(), null));
        }
    }

    /** Folders left by a build that was killed: a temp folder, or the old site mid-swap. */
    private void removeLeftovers(Path parent) throws IOException {
        try (Stream<Path> list = Files.list(parent)) {
            for (Path p : list.toList()) {
                String name = p.getFileName().toString();
                if (name.startsWith(TEMP_PREFIX)) {
                    deleteQuietly(p);
                    continue;
                }
                for (Path target : new Path[] {output, indexOutput}) {
                    if (name.startsWith(OLD_PREFIX + target.getFileName() + "-")) {
                        // A kill between the two moves leaves the old one here and no output: restore it.
                        if (!Files.exists(target)) Files.move(p, target, StandardCopyOption.ATOMIC_MOVE);
                        else deleteQuietly(p);
                    }
                }
            }
        }
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
