package nl.dossier.search;

import java.util.Map;

/**
 * What one query word stands for: index stems with a factor (exact 1.0, completion, typo).
 *
 * @param word  the normalised query word
 * @param stems stem → factor, in a stable order
 * @param surfaces the words of the site that were matched, for highlighting
 */
public record WordExpansion(String word, Map<String, Float> stems, java.util.Set<String> surfaces) {
}
