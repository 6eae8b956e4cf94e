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
import nl.dossier.model.LineIndex;

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

        /** The Markdown's lines, indexed once: flexmark counts them from the start for every lookup. */
        private LineIndex lines;

        void add(int htmlLine, Node node) {
            if (size + 3 > blocks.length) blocks = Arrays.copyOf(blocks, blocks.length * 2);
            if (lines == null) lines = new LineIndex(node.getDocument().getChars().getBaseSequence());
            blocks[size++] = htmlLine;
            blocks[size++] = lines.line(node.getStartOffset());
            blocks[size++] = lines.line(Math.max(node.getStartOffset(), node.getEndOffset() - 1));
        }

        BodyLines lines() {
            return BodyLines.of(Arrays.copyOf(blocks, size));
        }
    }
}
