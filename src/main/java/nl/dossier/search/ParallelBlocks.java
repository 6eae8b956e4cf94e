package nl.dossier.search;

import nl.dossier.model.Parallel;

import java.io.IOException;
import java.io.UncheckedIOException;

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
            // In longs: a block size near Integer.MAX_VALUE ("all in one block") must not overflow to no blocks.
            int blocks = (int) ((count + (long) blockSize - 1) / blockSize);
            Parallel.forEachIndex(blocks, b -> {
                try {
                    block.run((int) ((long) b * blockSize), (int) Math.min(count, (long) (b + 1) * blockSize));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
