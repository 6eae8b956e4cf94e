package nl.dossier.render;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;

import java.util.Set;

/**
 * Text nodes, written exactly as flexmark's core renderer writes them (backslash escapes and
 * entities resolved, line ends made {@code \n}, HTML-escaped), but without its three regular
 * expressions when none of them would change anything: most text has no backslash, ampersand,
 * carriage return, {@code <}, {@code >} or {@code "}. Run on every text node, the
 * expressions would be a large part of the render stage's work. Long words in headings get
 * their soft hyphens here ({@link Hyphenator}): headings are set large in narrow columns; body
 * text only in runs too long for a phone's line, because its other words wrap whole well enough
 * and every soft hyphen weighs on the one-page chapter.
 */
final class PlainTextRenderer implements NodeRenderer {
    /** Whether headings get soft hyphens: the site's language has patterns ({@link Hyphenator#hyphenates}). */
    static final DataKey<Boolean> HYPHENATE = new DataKey<>("DOSSIER_HYPHENATE", false);

    private final boolean hyphenate;

    PlainTextRenderer(boolean hyphenate) {
        this.hyphenate = hyphenate;
    }

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(Text.class, this::text));
    }

    private void text(Text node, NodeRendererContext ctx, HtmlWriter html) {
        BasedSequence chars = node.getChars();
        String text = Chars.of(chars);
        boolean heading = node.getAncestorOfType(Heading.class) != null;
        if (nothingToChange(text)) html.raw(hyphenate ? soft(text, heading) : text);
        else {
            String unescaped = Escaping.normalizeEOL(chars.unescape());
            html.text(hyphenate ? soft(unescaped, heading) : unescaped);
        }
    }

    private static String soft(String text, boolean heading) {
        return heading ? Hyphenator.soft(text) : Hyphenator.softInLongRuns(text);
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
