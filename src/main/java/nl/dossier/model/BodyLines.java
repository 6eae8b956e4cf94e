package nl.dossier.model;

import java.util.Arrays;

/**
 * Which line of a page's Markdown each line of its HTML came from, block by block (paragraphs,
 * headings, list items, tables rows, raw HTML …): a problem the output check finds in the page
 * is reported at the Markdown line the writer edits, not at the built file. Kept per page after
 * the Markdown and its AST are dropped; a few bytes a block.
 */
public final class BodyLines {
    public static final BodyLines NONE = new BodyLines(new int[0]);

    /** Per block, in the order rendered: its first HTML line, its first and last Markdown line (all 0-based). */
    private final int[] blocks;

    private BodyLines(int[] blocks) {
        this.blocks = blocks;
    }

    /** @param blocks triples of first HTML line, first and last Markdown line, in rendering order */
    public static BodyLines of(int[] blocks) {
        if (blocks.length % 3 != 0) throw new IllegalArgumentException("triples expected");
        return blocks.length == 0 ? NONE : new BodyLines(blocks.clone());
    }

    /**
     * The Markdown line (0-based, within the body) that HTML line {@code htmlLine} of the body
     * came from: the innermost block started at or before it, and inside a block that many lines
     * further down, up to its last line (a paragraph's lines are HTML lines one for one). -1
     * before the first block.
     */
    public int markdownLine(int htmlLine) {
        int found = -1;
        int lo = 0;
        int hi = blocks.length / 3 - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (blocks[mid * 3] <= htmlLine) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        if (found < 0) return -1;
        int first = blocks[found * 3 + 1];
        int last = blocks[found * 3 + 2];
        return Math.min(first + htmlLine - blocks[found * 3], last);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BodyLines other && Arrays.equals(blocks, other.blocks);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(blocks);
    }
}
