package nl.dossier.serve;

import nl.dossier.load.ProjectFiles;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Watches folders and their subfolders (java.nio WatchService: inotify on Linux) and reports the
 * changed files in batches: after the first event it waits until no event came for
 * {@link #QUIET_MS}, so that an editor's save (often a write, a rename and an attribute change)
 * becomes one rebuild. {@code null} is reported when events were lost: rebuild everything.
 *
 * <p>A watch follows a folder, not its name: after {@code mv content content.old} it would go on
 * watching content.old. So the folders holding the roots are watched too, and when a root is
 * removed, renamed or made anew (a {@code git checkout}, {@code rm -rf} and a copy) its old
 * watches are dropped, the new folder is watched and {@code null} is reported.
 */
final class Watcher implements AutoCloseable {
    static final long QUIET_MS = 20;
    static final long MAX_WAIT_MS = 250;

    private final WatchService service;
    /** Watched folder of each key; only the watcher's thread changes it after the constructor. */
    private final Map<WatchKey, Path> keys = new HashMap<>();
    /** Keys of the folders that hold the roots: only events that name a root count there. */
    private final Set<WatchKey> parentKeys = new java.util.HashSet<>();
    private final List<Path> roots;
    private final Consumer<Collection<Path>> onChange;
    private final Thread thread;

    Watcher(List<Path> roots, Consumer<Collection<Path>> onChange) throws IOException {
        this.service = FileSystems.getDefault().newWatchService();
        this.roots = roots.stream().map(r -> r.toAbsolutePath().normalize()).toList();
        this.onChange = onChange;
        for (Path parent : this.roots.stream().map(Path::getParent).distinct().toList()) {
            parentKeys.add(parent.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE));
        }
        for (Path r : this.roots) if (Files.isDirectory(r)) registerTree(r);
        this.thread = new Thread(this::loop, "dossier-watcher");
        thread.setDaemon(true);
        thread.start();
    }

    /** Watches a folder and every folder in it but hidden ones (nothing in those is published); each before it is listed. */
    private void registerTree(Path dir) throws IOException {
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) throws IOException {
                if (!d.equals(dir) && ProjectFiles.ignored(d.getFileName())) return FileVisitResult.SKIP_SUBTREE;
                keys.put(d.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE,
                        StandardWatchEventKinds.ENTRY_MODIFY), d);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                return FileVisitResult.CONTINUE; // gone again, or unreadable: the rebuild reports it
            }
        });
    }

    /** Stops watching a root's folders, which may now be elsewhere under another name. */
    private void forget(Path root) {
        keys.entrySet().removeIf(e -> {
            if (!e.getValue().startsWith(root)) return false;
            e.getKey().cancel();
            return true;
        });
    }

    private void loop() {
        try {
            while (true) {
                WatchKey key = service.take();
                Set<Path> changed = new LinkedHashSet<>();
                boolean lost = collect(key, changed);
                long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(MAX_WAIT_MS);
                while (System.nanoTime() < deadline) {
                    WatchKey more = service.poll(QUIET_MS, TimeUnit.MILLISECONDS);
                    if (more == null) break;
                    lost |= collect(more, changed);
                }
                if (lost || !changed.isEmpty()) onChange.accept(lost ? null : changed);
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed
        }
    }

    /** @return true when events were lost (overflow) or a root was replaced: rebuild everything */
    private boolean collect(WatchKey key, Set<Path> changed) {
        if (parentKeys.contains(key)) return collectRoots(key);
        boolean lost = false;
        Path dir = keys.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW || dir == null) {
                lost = true;
                continue;
            }
            Path p = dir.resolve((Path) event.context()).toAbsolutePath().normalize();
            changed.add(p);
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)
                    && !ProjectFiles.ignored(p.getFileName())) {
                try {
                    registerTree(p);
                    // Files created in the new folder before it was watched.
                    try (Stream<Path> walk = Files.walk(p)) {
                        walk.forEach(changed::add);
                    }
                } catch (IOException | java.io.UncheckedIOException e) {
                    lost = true;
                }
            }
        }
        if (!key.reset()) keys.remove(key);
        return lost;
    }

    /** Events in a folder that holds roots: a root made, removed or renamed means starting afresh. */
    private boolean collectRoots(WatchKey key) {
        boolean lost = false;
        Path parent = (Path) key.watchable();
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                lost = true;
                continue;
            }
            Path p = parent.resolve((Path) event.context()).toAbsolutePath().normalize();
            if (!roots.contains(p)) continue;
            lost = true;
            forget(p);
            if (Files.isDirectory(p)) {
                try {
                    registerTree(p);
                } catch (IOException e) {
                    // removed again: the rebuild reports the missing folder
                }
            }
        }
        if (!key.reset()) parentKeys.remove(key);
        return lost;
    }

    @Override
    public void close() throws IOException {
        service.close();
        thread.interrupt();
    }
}
