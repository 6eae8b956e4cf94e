package nl.dossier.render;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.html.MutableAttributes;
import org.jetbrains.annotations.NotNull;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Heading ids and section numbers are decided once, by the linker (explicit {@code {#id}} or
 * derived from the text; 2.1.7.3.1 for a page's first {@code ##}), stored on the document, and
 * written here; flexmark's own id generation is switched off. A numbered heading shows its
 * number as "Snel naar" and the § references do.
 */
public final class HeadingIds {
    public static final DataKey<Map<Heading, String>> IDS = new DataKey<>("DOSSIER_HEADING_IDS", new IdentityHashMap<>());
    public static final DataKey<Map<Heading, String>> NUMBERS = new DataKey<>("DOSSIER_HEADING_NUMBERS", new IdentityHashMap<>());

    private HeadingIds() {
    }

    static IndependentAttributeProviderFactory factory() {
        return new IndependentAttributeProviderFactory() {
            @Override
            public @NotNull AttributeProvider apply(@NotNull LinkResolverContext context) {
                Map<Heading, String> ids = IDS.get(context.getDocument());
                return (Node node, AttributablePart part, MutableAttributes attributes) -> {
                    if (node instanceof Heading h && part == AttributablePart.NODE) {
                        String id = ids.get(h);
                        if (id != null) attributes.replaceValue("id", id);
                    }
                };
            }
        };
    }

    /** Writes a heading as flexmark does, with its section number first in a {@code span.nummer}. */
    static NodeRenderer renderer() {
        return () -> Set.of(new NodeRenderingHandler<>(Heading.class, HeadingIds::heading));
    }

    private static void heading(Heading node, NodeRendererContext context, HtmlWriter html) {
        String number = NUMBERS.get(node.getDocument()).get(node);
        html.srcPos(node.getText()).withAttr().tagLine("h" + node.getLevel(), () -> {
            if (number != null) {
                // Written raw: attributes set with attr() would also take the heading's id.
                html.raw("<span class=\"nummer\">").text(number).raw("</span> ");
            }
            context.renderChildren(node);
        });
    }
}
