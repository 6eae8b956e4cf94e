package nl.dossier.render;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import org.jetbrains.annotations.NotNull;

/** Registers the project's Markdown additions with flexmark: citations in, our HTML out. */
final class DossierExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {

    @Override
    public void parserOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.linkRefProcessorFactory(new CitationProcessor.Factory());
    }

    @Override
    public void rendererOptions(@NotNull MutableDataHolder options) {
    }

    @Override
    public void extend(@NotNull HtmlRenderer.Builder builder, @NotNull String rendererType) {
        builder.nodeRendererFactory(options -> new DossierNodeRenderer(DossierNodeRenderer.CITATION_LABEL.get(options)));
        builder.nodeRendererFactory(options -> new PlainTextRenderer(PlainTextRenderer.HYPHENATE.get(options)));
        builder.nodeRendererFactory(options -> HeadingIds.renderer());
        builder.attributeProviderFactory(HeadingIds.factory());
    }
}
