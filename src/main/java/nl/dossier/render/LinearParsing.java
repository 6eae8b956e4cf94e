package nl.dossier.render;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.core.ReferencePreProcessorFactory;
import com.vladsch.flexmark.util.data.MutableDataHolder;

/**
 * flexmark with the parts that are quadratic in the size of a page, or overflow the stack on a
 * long construct, replaced by linear ones that parse the same ({@link LinearInlineParser},
 * {@link LinearHeadingFactory}; the rest is a patched class of flexmark itself, see pom.xml).
 */
final class LinearParsing implements Parser.ParserExtension {

    @Override
    public void parserOptions(MutableDataHolder options) {
        options.set(Parser.HEADING_PARSER, false);
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.customBlockParserFactory(new LinearHeadingFactory());
        builder.customInlineParserFactory(LinearInlineParser.FACTORY);
        // flexmark adds the reader of link reference definitions only with its own inline parser.
        builder.paragraphPreProcessorFactory(new ReferencePreProcessorFactory());
    }
}
