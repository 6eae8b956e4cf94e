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

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Runs the stages in order (load → link → render → bake → check) into a fresh temporary folder
 * next to the output, and only when every stage succeeded swaps it into place. A failed or
 * interrupted build leaves the previous site as it was; leftovers of an interrupted build are
 * removed by the next one.
 */
public final class SiteBuilder {
    static final String TEMP_PREFIX = ".dossier-tmp-";
    static final String OLD_PREFIX = ".dossier-old-";

    private final Path projectRoot;
    private final Path output;
    private final Progress progress;

    public SiteBuilder(Path projectRoot, Path output, Progress progress) {
        this.projectRoot = projectRoot.toAbsolutePath().normalize();
        this.output = output.toAbsolutePath().normalize();
        this.progress = progress;
    }

    /** The result of a successful build, for later stages and for tests. */
    public record Result(SiteGraph graph, int files) {
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
        try {
            temp = Files.createTempDirectory(parent, TEMP_PREFIX);
        } catch (IOException e) {
            throw new ContentException(Problem.inFile(parent.toString(), "cannot create a temporary folder: " + e.getMessage(), null));
        }
        try {
            t = System.nanoTime();
            int files = new Bakery(projectRoot).bake(graph, temp);
            progress.stage("bake", files + " files", t);

            t = System.nanoTime();
            new OutputChecker(temp).check();
            progress.stage("check", "links, anchors, headings, HTML", t);

            swapIntoPlace(temp);
            progress.done(output, System.nanoTime() - start);
            return new Result(graph, files);
        } catch (ContentException | RuntimeException e) {
            deleteQuietly(temp);
            throw e;
        }
    }

    private void swapIntoPlace(Path temp) throws ContentException {
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
                } else if (name.startsWith(OLD_PREFIX + output.getFileName() + "-")) {
                    // A kill between the two moves leaves the old site here and no output: restore it.
                    if (!Files.exists(output)) Files.move(p, output, StandardCopyOption.ATOMIC_MOVE);
                    else deleteQuietly(p);
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
