package nl.dossier.model;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Every item once, results in order, the first failure as thrown. */
class ParallelTest {

    @Test
    void everyIndexRunsExactlyOnce() {
        for (int count : new int[] {0, 1, 2, 63, 10_007}) {
            AtomicIntegerArray runs = new AtomicIntegerArray(count);
            Parallel.forEachIndex(count, i -> {
                // Uneven work, so the threads take pieces at different speeds.
                if (i % 97 == 0) Thread.onSpinWait();
                runs.incrementAndGet(i);
            });
            for (int i = 0; i < count; i++) assertEquals(1, runs.get(i), "index " + i + " of " + count);
        }
    }

    @Test
    void mapKeepsTheItemsOrderAndAllowsNull() {
        List<Integer> items = IntStream.range(0, 5_000).boxed().toList();
        List<String> out = Parallel.map(items, i -> i % 10 == 0 ? null : "n" + i);
        assertEquals(items.size(), out.size());
        for (int i = 0; i < items.size(); i++) {
            if (i % 10 == 0) assertNull(out.get(i));
            else assertEquals("n" + i, out.get(i));
        }
    }

    @Test
    void theFirstFailureIsRethrownAsItWas() {
        UncheckedIOException thrown = new UncheckedIOException(new IOException("kapot"));
        UncheckedIOException caught = assertThrows(UncheckedIOException.class, () -> Parallel.forEachIndex(1_000, i -> {
            if (i == 617) throw thrown;
        }));
        assertSame(thrown, caught);
        AssertionError error = new AssertionError("ook kapot");
        assertSame(error, assertThrows(AssertionError.class, () -> Parallel.forEach(List.of(1, 2, 3), x -> {
            throw error;
        })));
    }
}
