package nl.dossier.render;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.BulletListItem;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.OrderedListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.NullableDataKey;
import nl.dossier.model.BodyLines;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Notes, while a page is rendered, where in the HTML each block starts and which Markdown lines
 * it came from ({@link BodyLines}). It wraps the renderer of each block kind and hands the block
 * on to it unchanged, so the HTML is the same as without it.
 */
final class BlockLines implements NodeRenderer {
    /** The blocks of the render in progress, on the page's Document; none outside {@link MarkdownProcessor#render}. */
    static final NullableDataKey<Recorder> RECORDER = new NullableDataKey<>("DOSSIER_BLOCK_LINES");

    private static final List<Class<? extends Node>> BLOCKS = List.of(Paragraph.class, Heading.class, BulletList.class, OrderedList.class,
            BulletListItem.class, OrderedListItem.class, BlockQuote.class, HtmlBlock.class, HtmlCommentBlock.class,
            FencedCodeBlock.class, IndentedCodeBlock.class, ThematicBreak.class, TableBlock.class, TableRow.class);

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        Set<NodeRenderingHandler<?>> handlers = new HashSet<>();
        for (Class<? extends Node> type : BLOCKS) handlers.add(handler(type));
        return handlers;
    }

    private static <N extends Node> NodeRenderingHandler<N> handler(Class<N> type) {
        return new NodeRenderingHandler<>(type, BlockLines::note);
    }

    private static void note(Node node, NodeRendererContext context, HtmlWriter html) {
        Recorder recorder = RECORDER.get(node.getDocument());
        // The line count is a list's size; the offset would sum every line written so far.
        if (recorder != null) recorder.add(html.getLineCount(), node);
        context.delegateRender();
    }

    /** The blocks of one render: HTML line and Markdown lines, as {@link BodyLines}. */
    static final class Recorder {
        private int[] blocks = new int[48];
        private int size;

        /** Where each line break of the Markdown ends, found once: flexmark counts them from the start for every lookup. */
        private int[] breaks;

        void add(int htmlLine, Node node) {
            if (size + 3 > blocks.length) blocks = Arrays.copyOf(blocks, blocks.length * 2);
            if (breaks == null) breaks = lineBreakEnds(node.getDocument().getChars().getBaseSequence());
            blocks[size++] = htmlLine;
            blocks[size++] = lineOf(node.getStartOffset());
            blocks[size++] = lineOf(Math.max(node.getStartOffset(), node.getEndOffset() - 1));
        }

        /** The 0-based Markdown line of an offset, as flexmark's {@code Document.getLineNumber} counts it. */
        private int lineOf(int offset) {
            int i = Arrays.binarySearch(breaks, offset);
            return i >= 0 ? i + 1 : -i - 1;
        }

        /** The offset just after each line break (LF, CR LF or a lone CR), in order. */
        private static int[] lineBreakEnds(CharSequence text) {
            int[] ends = new int[16];
            int n = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') continue;
                if (c != '\n' && c != '\r') continue;
                if (n == ends.length) ends = Arrays.copyOf(ends, n * 2);
                ends[n++] = i + 1;
            }
            return Arrays.copyOf(ends, n);
        }

        BodyLines lines() {
            return BodyLines.of(Arrays.copyOf(blocks, size));
        }
    }
}
