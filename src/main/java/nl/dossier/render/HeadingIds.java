package nl.dossier.render;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.html.MutableAttributes;
import org.jetbrains.annotations.NotNull;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Heading ids are decided once, by the linker (explicit {@code {#id}} or derived from the text),
 * stored on the document, and written here; flexmark's own id generation is switched off.
 */
public final class HeadingIds {
    public static final DataKey<Map<Heading, String>> IDS = new DataKey<>("DOSSIER_HEADING_IDS", new IdentityHashMap<>());

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
}
