package nl.dossier.render;

import com.vladsch.flexmark.parser.LinkRefProcessor;
import com.vladsch.flexmark.parser.LinkRefProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * Turns bracketed numbers into {@link Citation} nodes. flexmark offers bracket text that is not
 * a link to link-ref processors (the same hook footnotes use), so {@code [3](url)} stays a link.
 */
final class CitationProcessor implements LinkRefProcessor {

    @Override
    public boolean getWantExclamationPrefix() {
        return false;
    }

    @Override
    public int getBracketNestingLevel() {
        return 0;
    }

    @Override
    public boolean isMatch(BasedSequence nodeChars) {
        return Citation.isSyntax(nodeChars);
    }

    @Override
    public Node createNode(BasedSequence nodeChars) {
        return new Citation(nodeChars);
    }

    @Override
    public BasedSequence adjustInlineText(Document document, Node node) {
        return node.getChars();
    }

    @Override
    public boolean allowDelimiters(BasedSequence chars, Document document, Node node) {
        return false;
    }

    @Override
    public void updateNodeElements(Document document, Node node) {
        node.removeChildren();
    }

    static final class Factory implements LinkRefProcessorFactory {
        @Override
        public boolean getWantExclamationPrefix(DataHolder options) {
            return false;
        }

        @Override
        public int getBracketNestingLevel(DataHolder options) {
            return 0;
        }

        @Override
        public LinkRefProcessor apply(Document document) {
            return new CitationProcessor();
        }
    }
}
