package nl.dossier.serve;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
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
 */
final class Watcher implements AutoCloseable {
    static final long QUIET_MS = 20;
    static final long MAX_WAIT_MS = 250;

    private final WatchService service;
    private final Map<WatchKey, Path> keys = new HashMap<>();
    private final Consumer<Collection<Path>> onChange;
    private final Thread thread;

    Watcher(List<Path> roots, Consumer<Collection<Path>> onChange) throws IOException {
        this.service = FileSystems.getDefault().newWatchService();
        this.onChange = onChange;
        for (Path r : roots) if (Files.isDirectory(r)) registerTree(r);
        this.thread = new Thread(this::loop, "dossier-watcher");
        thread.setDaemon(true);
        thread.start();
    }

    private void registerTree(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path d : walk.filter(Files::isDirectory).toList()) {
                keys.put(d.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE,
                        StandardWatchEventKinds.ENTRY_MODIFY), d);
            }
        }
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

    /** @return true when events were lost (overflow) */
    private boolean collect(WatchKey key, Set<Path> changed) {
        boolean lost = false;
        Path dir = keys.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW || dir == null) {
                lost = true;
                continue;
            }
            Path p = dir.resolve((Path) event.context()).toAbsolutePath().normalize();
            changed.add(p);
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(p)) {
                try {
                    registerTree(p);
                    // Files created in the new folder before it was watched.
                    try (Stream<Path> walk = Files.walk(p)) {
                        walk.forEach(changed::add);
                    }
                } catch (IOException e) {
                    lost = true;
                }
            }
        }
        if (!key.reset()) keys.remove(key);
        return lost;
    }

    @Override
    public void close() throws IOException {
        service.close();
        thread.interrupt();
    }
}
