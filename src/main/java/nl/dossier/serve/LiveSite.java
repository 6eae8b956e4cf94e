package nl.dossier.serve;

import nl.dossier.bake.AssetCopier;
import nl.dossier.bake.LiveBakery;
import nl.dossier.build.Pipeline;
import nl.dossier.link.LinkedPage;
import nl.dossier.link.SiteGraph;
import nl.dossier.load.ProjectFiles;
import nl.dossier.load.SiteLanguage;
import nl.dossier.load.SourceCache;
import nl.dossier.model.ContentException;
import nl.dossier.model.Problem;
import nl.dossier.model.ProblemCatalog;
import nl.dossier.model.Phrase;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The site of {@code dossier serve}, kept in memory and rebuilt incrementally by the same
 * {@link Pipeline} as a build (load → link → render → bake), which it hands its last good graph:
 * <ul>
 * <li>load: only files the watcher reported are read and parsed again ({@link SourceCache#watched});</li>
 * <li>link: pages are linked again only when their source changed or a page they point at
 * changed its number or anchors ({@code SiteLinker.link(previous)}); the others keep their AST
 * and HTML;</li>
 * <li>render: Markdown → HTML only for pages linked afresh;</li>
 * <li>bake: only documents whose template model changed are rendered, and only output that
 * differs from the previous bytes counts as changed ({@link LiveBakery}); a template change
 * starts a new engine, so Freemarker's template cache starts empty;</li>
 * <li>assets: only the changed file is read again.</li>
 * </ul>
 * The output check of a build (links in the HTML, heading order, …) is not run here; {@code dossier
 * check} and {@code dossier build} run it. A failed rebuild keeps the last good output and
 * records the problems; the next good rebuild clears them.
 */
public final class LiveSite {
    private final Path root;
    /** Every rebuild names the files the watcher saw change, or starts afresh: see {@link #rebuild}. */
    private final SourceCache cache = SourceCache.watched();
    private final Map<String, byte[]> files = new ConcurrentHashMap<>();
    private final Map<String, String> assets = new TreeMap<>();
    /** An asset was refused by the last rebuild: the next one lists assets/ again. */
    private boolean assetsRefused;

    private final Pipeline pipeline;
    private SiteGraph lastGood;
    private volatile List<Problem> problems = List.of();
    /** The words problems are put in: the site's language, read again whenever a rebuild finds problems. */
    private volatile ProblemCatalog words = ProblemCatalog.DUTCH;
    private volatile long version;

    /**
     * The outcome of one rebuild.
     *
     * @param stageNanos time per stage (load, link, render, bake) of the stages that ran, in order
     */
    public record Report(long version, List<String> changed, List<Problem> problems, long nanos, Map<String, Long> stageNanos) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    public LiveSite(Path root) {
        this.root = root.toAbsolutePath().normalize();
        this.pipeline = Pipeline.live(this.root, cache);
    }

    public Path root() {
        return root;
    }

    /** A file of the last good output, by path relative to the site root ("x/index.html"), or null. */
    public byte[] file(String path) {
        byte[] file = files.get(path);
        return file != null ? file : onRequest(path);
    }

    /** A document the last bake left to render when asked for (the one-page chapter); a template problem becomes the site's problem. */
    private synchronized byte[] onRequest(String path) {
        if (!problems.isEmpty()) return files.get(path);
        try {
            byte[] bytes = pipeline.renderOnRequest(path);
            if (bytes != null) files.put(path, bytes);
            return bytes;
        } catch (ContentException e) {
            words = SiteLanguage.catalog(root);
            problems = e.problems();
            version++;
            return null;
        }
    }

    /** Problems of the latest rebuild; empty when it succeeded. */
    public List<Problem> problems() {
        return problems;
    }

    /** The site's language for its problems, as of the latest rebuild that found any. */
    public ProblemCatalog words() {
        return words;
    }

    /** Goes up by one with every rebuild that changed the output or the problems. */
    public long version() {
        return version;
    }

    /**
     * Rebuilds after the given files changed (absolute paths); null rebuilds everything (first
     * build, or when the watcher lost events).
     */
    public synchronized Report rebuild(Collection<Path> changedFiles) {
        long start = System.nanoTime();
        boolean all = changedFiles == null;
        List<String> changed = new ArrayList<>();
        List<Problem> found = List.of();
        Map<String, Long> stages = new java.util.LinkedHashMap<>();
        try {
            if (all) {
                cache.clear();
                pipeline.templatesChanged();
            } else {
                for (Path p : changedFiles) {
                    cache.invalidate(p);
                    if (p.startsWith(root.resolve("templates"))) pipeline.templatesChanged();
                }
            }
            updateAssets(all ? null : changedFiles, changed);
            LiveBakery.Changes bake = pipeline.serve(lastGood, Map.copyOf(assets),
                    (name, summary, since) -> stages.put(name, System.nanoTime() - since));
            bake.written().forEach((uri, bytes) -> {
                // A new engine (after a template change) renders everything; count what really differs.
                if (!java.util.Arrays.equals(bytes, files.put(uri, bytes))) changed.add(uri);
            });
            for (String uri : bake.removed()) {
                files.remove(uri);
                changed.add(uri);
            }
            for (String uri : bake.onRequest()) {
                files.remove(uri);
                changed.add(uri);
            }
            lastGood = bake.graph();
        } catch (ContentException e) {
            found = e.problems();
        } catch (IOException e) {
            found = List.of(Problem.inFile("assets", Phrase.of("assets.cannot_read", "detail", e.getMessage())));
        } catch (RuntimeException e) {
            found = List.of(Problem.inFile(root.toString(), Phrase.of("serve.internal_error", "error", e.toString())));
            e.printStackTrace();
        }
        if (!found.isEmpty()) words = SiteLanguage.catalog(root);
        if (!changed.isEmpty() || !found.equals(problems)) version++;
        problems = found;
        changed.sort(null);
        return new Report(version, List.copyOf(changed), found, System.nanoTime() - start, stages);
    }

    /** Pages of the last good build, for tests and statistics. */
    public List<LinkedPage> pages() {
        return lastGood == null ? List.of() : lastGood.pages();
    }

    /**
     * Assets keep their names in the preview (no fingerprints: nothing is cached, and a changed
     * stylesheet then changes no page). Only changed files are read again, under the same rules as
     * a build ({@link AssetCopier#list}, {@link ProjectFiles}): a refused file is a problem, never
     * read (what was served under its name before stays, like the rest of the last good version),
     * and while one is refused every rebuild lists assets/ afresh, so the problem stays until the
     * file is fixed.
     */
    private void updateAssets(Collection<Path> changedFiles, List<String> changed) throws IOException, ContentException {
        Path dir = root.resolve("assets");
        if (changedFiles == null || assetsRefused) {
            assetsRefused = true;
            List<String> listed = AssetCopier.list(root);
            assetsRefused = false;
            Map<String, byte[]> read = new TreeMap<>();
            for (String rel : listed) read.put("assets/" + rel, Files.readAllBytes(dir.resolve(rel)));
            for (String uri : List.copyOf(assets.values())) {
                if (!read.containsKey(uri)) changed.add(uri);
            }
            files.keySet().removeIf(k -> k.startsWith("assets/") && !read.containsKey(k));
            assets.clear();
            read.forEach((uri, bytes) -> {
                if (!java.util.Arrays.equals(bytes, files.put(uri, bytes))) changed.add(uri);
                assets.put(uri.substring("assets/".length()), uri);
            });
            return;
        }
        ProjectFiles rules = new ProjectFiles(root);
        List<Problem> refused = new ArrayList<>();
        for (Path p : changedFiles) {
            if (!p.startsWith(dir) || p.equals(dir) || Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) continue;
            String rel = dir.relativize(p).toString().replace('\\', '/');
            if (ProjectFiles.ignored(rel)) continue;
            String uri = "assets/" + rel;
            try {
                Path real = rules.check(p, refused::add);
                if (real == null) continue; // the last good version stays, as for a page with a problem
                files.put(uri, Files.readAllBytes(real));
                assets.put(rel, uri);
            } catch (NoSuchFileException gone) {
                files.remove(uri);
                assets.remove(rel);
            }
            changed.add(uri);
        }
        if (!refused.isEmpty()) {
            assetsRefused = true;
            throw new ContentException(refused);
        }
    }
}
