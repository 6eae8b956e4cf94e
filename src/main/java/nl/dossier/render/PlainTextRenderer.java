package nl.dossier.render;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;

import java.util.Set;

/**
 * Text nodes, written exactly as flexmark's core renderer writes them (backslash escapes and
 * entities resolved, line ends made {@code \n}, HTML-escaped), but without its three regular
 * expressions when none of them would change anything: most text has no backslash, ampersand,
 * carriage return, {@code <}, {@code >} or {@code "}. Run on every text node, the
 * expressions would be a large part of the render stage's work.
 */
final class PlainTextRenderer implements NodeRenderer {

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(Text.class, PlainTextRenderer::text));
    }

    private static void text(Text node, NodeRendererContext ctx, HtmlWriter html) {
        BasedSequence chars = node.getChars();
        String text = Chars.of(chars);
        if (nothingToChange(text)) html.raw(text);
        else html.text(Escaping.normalizeEOL(chars.unescape()));
    }

    /** True when unescaping, normalising line ends and HTML escaping all leave the text as it is. */
    static boolean nothingToChange(String text) {
        for (int i = 0; i < text.length(); i++) {
            switch (text.charAt(i)) {
                case '\\', '&', '\r', '<', '>', '"' -> {
                    return false;
                }
                default -> {
                }
            }
        }
        return true;
    }
}
