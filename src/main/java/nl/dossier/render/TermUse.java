package nl.dossier.render;

import com.vladsch.flexmark.util.ast.DoNotDecorate;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import nl.dossier.model.GlossaryTerm;

/**
 * An occurrence of a glossary term in running text. The first one on a page is rendered as
 * {@code <abbr>} linked to the glossary; the linker decides which one that is.
 */
public final class TermUse extends Node implements DoNotDecorate {
    private final GlossaryTerm term;
    private String glossaryHref;

    TermUse(BasedSequence chars, GlossaryTerm term) {
        super(chars);
        this.term = term;
    }

    public GlossaryTerm term() {
        return term;
    }

    /** Non-null only for the first use on a page. */
    public String glossaryHref() {
        return glossaryHref;
    }

    public void markFirstUse(String href) {
        this.glossaryHref = href;
    }

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }
}
