package nl.dossier.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntConsumer;

/**
 * Work over many items on every core, handed out in small pieces. A parallel stream on a
 * two-core machine is cut into four pieces only (the common pool has one worker, and a stream
 * aims at four pieces per worker), so when one thread is slowed (by the garbage collector or by
 * the search thread) the other finishes its pieces and waits for the last one. Here every thread takes the
 * next small piece as soon as it is done with one, so they finish within a piece of each other.
 *
 * <p>The calling thread works too, with one helper per worker of the common pool. The first
 * exception any thread throws stops the others (they finish the piece they are on) and is
 * rethrown as it was, not wrapped.
 */
public final class Parallel {
    /** Pieces per thread: enough that the last piece is short, few enough that taking one costs nothing. */
    private static final int PIECES_PER_THREAD = 32;

    private Parallel() {
    }

    /** {@code f} applied to every item, on every core; the results in the items' order. */
    public static <T, R> List<R> map(List<T> items, Function<? super T, ? extends R> f) {
        Object[] results = new Object[items.size()];
        forEachIndex(items.size(), i -> results[i] = f.apply(items.get(i)));
        @SuppressWarnings("unchecked")
        List<R> list = (List<R>) Arrays.asList(results);
        return Collections.unmodifiableList(list);
    }

    /** Runs {@code work} for every item, on every core, in no particular order. */
    public static <T> void forEach(List<T> items, Consumer<? super T> work) {
        forEachIndex(items.size(), i -> work.accept(items.get(i)));
    }

    /** Runs {@code work} for every index in {@code [0, count)}, on every core, in no particular order. */
    public static void forEachIndex(int count, IntConsumer work) {
        int helpers = ForkJoinPool.getCommonPoolParallelism();
        if (count < 2 || helpers < 1) {
            for (int i = 0; i < count; i++) work.accept(i);
            return;
        }
        Pieces pieces = new Pieces(count, Math.max(1, count / ((helpers + 1) * PIECES_PER_THREAD)), work);
        for (int h = 0; h < Math.min(helpers, count - 1); h++) ForkJoinPool.commonPool().execute(pieces::work);
        pieces.work();
        pieces.awaitHelpers();
        Throwable t = pieces.failure.get();
        if (t instanceof RuntimeException r) throw r;
        if (t instanceof Error e) throw e;
        if (t != null) throw new IllegalStateException(t);
    }

    /**
     * The pieces of one call, taken by every thread in turn. The caller waits only for helpers
     * that are working: one still queued behind other work of the common pool (the search's
     * analysis, say) finds nothing left when it starts, so waiting for it would be waiting for
     * that other work.
     */
    private static final class Pieces {
        private final int count;
        private final int piece;
        private final IntConsumer work;
        private final AtomicInteger next = new AtomicInteger();
        final AtomicReference<Throwable> failure = new AtomicReference<>();
        private int working;

        Pieces(int count, int piece, IntConsumer work) {
            this.count = count;
            this.piece = piece;
            this.work = work;
        }

        void work() {
            // Counted before the first piece is taken, so a caller that sees no pieces left also sees this thread working.
            synchronized (this) {
                working++;
            }
            try {
                for (int from; (from = next.getAndAdd(piece)) < count; ) {
                    int to = (int) Math.min(count, (long) from + piece);
                    for (int i = from; i < to; i++) work.accept(i);
                }
            } catch (Throwable t) {
                failure.compareAndSet(null, t);
                next.set(count);
            } finally {
                synchronized (this) {
                    if (--working == 0) notifyAll();
                }
            }
        }

        /** Called by the caller after its own {@link #work()}: returns when no helper is on a piece. */
        synchronized void awaitHelpers() {
            boolean interrupted = false;
            while (working > 0) {
                try {
                    wait();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) Thread.currentThread().interrupt();
        }
    }
}
