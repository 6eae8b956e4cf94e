package nl.dossier.search;

import java.util.Map;
import java.util.Set;

/**
 * What one query word stands for: index stems with a factor (exact 1.0, completion, typo).
 *
 * @param word     the normalised word searched for: the query's word, or a part of it
 * @param stems    stem → factor, in a stable order
 * @param surfaces the words of the site that were matched, for highlighting
 * @param query    the query's word it comes from: {@code word} itself, or the compound it is a
 *                 part of ({@link QueryExpander#split})
 */
public record WordExpansion(String word, Map<String, Float> stems, Set<String> surfaces, String query) {
    WordExpansion(String word, Map<String, Float> stems, Set<String> surfaces) {
        this(word, stems, surfaces, word);
    }

    /** Whether the word matched any word of the site. */
    public boolean found() {
        return !stems.isEmpty();
    }
}
