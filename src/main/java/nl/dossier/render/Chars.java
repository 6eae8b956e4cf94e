package nl.dossier.render;

import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.SubSequence;

/**
 * A node's characters as a String. flexmark's {@code toString()} copies them one
 * {@code charAt} at a time through two layers of sequence objects; most nodes' characters are
 * one unbroken stretch of the Markdown source, which {@link String#substring} copies at once.
 * The text rewriter and the text renderer copy every text node of the site, so this copy is on
 * the render stage's hot path.
 */
final class Chars {
    private Chars() {
    }

    static String of(BasedSequence chars) {
        // A SubSequence is by definition the source's characters from its start to its end offset.
        if (chars instanceof SubSequence sub) {
            if (sub.getBase() instanceof PageText page) return page.toString().substring(sub.getStartOffset(), sub.getEndOffset());
            if (sub.getBase() instanceof String source) return source.substring(sub.getStartOffset(), sub.getEndOffset());
        }
        return chars.toString();
    }
}
