package nl.dossier.model;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * A stage that runs on its own thread while the build goes on, so both cores work: the search
 * index is written while the offline copy is baked, the chapter printed while the search files
 * are exported. {@link #join()} returns its result or throws what it threw, as if it had run in line.
 */
public final class BackgroundStage<T> {
    @FunctionalInterface
    public interface Task<T> {
        T run() throws ContentException;
    }

    private final CompletableFuture<T> future;

    private BackgroundStage(CompletableFuture<T> future) {
        this.future = future;
    }

    public static <T> BackgroundStage<T> start(String name, Task<T> task) {
        CompletableFuture<T> future = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                future.complete(task.run());
            } catch (Throwable t) {
                future.completeExceptionally(t);
            }
        }, "dossier-" + name);
        // A failed main stage must not keep the process alive waiting for this one.
        thread.setDaemon(true);
        thread.start();
        return new BackgroundStage<>(future);
    }

    public T join() throws ContentException {
        try {
            return future.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof ContentException c) throw c;
            if (cause instanceof RuntimeException r) throw r;
            if (cause instanceof Error err) throw err;
            throw new IllegalStateException(cause);
        }
    }

    /** Waits for the stage to end, ignoring its outcome: before deleting the folder it writes to. */
    public void awaitQuietly() {
        try {
            future.join();
        } catch (RuntimeException e) {
            // The failure was reported by whoever joined first.
        }
    }
}
