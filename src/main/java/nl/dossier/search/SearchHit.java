package nl.dossier.search;

import java.util.Map;

/**
 * One result of {@code dossier search}, in the stable JSON form documented in docs/search.md.
 *
 * @param url     relative to the site root, with the section anchor
 * @param title   the page title
 * @param heading the section heading (the page title for a page's introduction)
 * @param snippet HTML-escaped text around the best match, the matched words in {@code <mark>}
 * @param score   the model's score (see {@link RankingModel})
 * @param page    position of the page in reading order (for grouping)
 * @param doc     the section's number in the index (ties are broken by it)
 * @param words   per query word (as normalised, in query order): true when this section matches it,
 *                false when only other sections do, null when no section of the site does
 */
public record SearchHit(String url, String title, String heading, String number, String snippet, float score,
                        int page, int doc, Map<String, Boolean> words) {
}
