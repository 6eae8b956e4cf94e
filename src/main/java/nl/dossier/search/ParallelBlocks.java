package nl.dossier.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.stream.IntStream;

/**
 * Work over {@code [0, count)} cut into blocks that run on every core. Each block makes what it
 * must not share with other threads once (a stored-fields reader, for instance), not once per item.
 */
final class ParallelBlocks {
    interface Block {
        void run(int from, int to) throws IOException;
    }

    private ParallelBlocks() {
    }

    static void run(int count, int blockSize, Block block) throws IOException {
        try {
            IntStream.range(0, (count + blockSize - 1) / blockSize).parallel().forEach(b -> {
                try {
                    block.run(b * blockSize, Math.min(count, (b + 1) * blockSize));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
