package nl.dossier.search;

import org.apache.lucene.analysis.CharArraySet;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Cuts, for a stem and a section, the part of the section's text that {@link Snippets} would show
 * for that stem alone, as plain text; search.js marks the query's words in it. Stems of the words
 * seen are cached: the same few thousand words recur in every section. Safe for several threads:
 * the cache is concurrent, and the analyzer keeps a token stream per thread.
 */
final class Excerpts {
    private final Map<String, String> stems = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The excerpt for each of the stems from one text, which is tokenised once for all of them:
     * a long section is the showcase of many stems. A word matches a stem as in
     * {@link Snippets#matches}: by its own stem, or by containing the stem when that has
     * {@value CompoundDictionary#MIN_PART}+ letters. The stems a word contains are looked up
     * among the word's own pieces (a word has at most {@value DutchAnalysis#MAX_WORD_LENGTH}
     * letters), so the work per word does not grow with the number of stems wanted.
     */
    Map<String, String> excerpts(String text, Collection<String> wanted) {
        Map<String, List<Snippets.Span>> spans = new LinkedHashMap<>();
        for (String stem : wanted) spans.put(stem, new ArrayList<>());
        List<String> parts = wanted.stream().filter(s -> s.length() >= CompoundDictionary.MIN_PART).toList();
        CharArraySet partSet = new CharArraySet(parts, false);
        int longestPart = parts.stream().mapToInt(String::length).max().orElse(0);
        // Words recur within a section: each distinct word is matched once.
        Map<String, List<List<Snippets.Span>>> matchesOf = new HashMap<>();
        DutchAnalysis.surfaceWords(text, (word, start, end) -> {
            List<List<Snippets.Span>> lists = matchesOf.computeIfAbsent(word, w -> {
                List<List<Snippets.Span>> found = new ArrayList<>();
                List<Snippets.Span> own = spans.get(stems.computeIfAbsent(w, DutchAnalysis::stem));
                if (own != null) found.add(own);
                for (String part : contained(w, partSet, longestPart)) {
                    List<Snippets.Span> list = spans.get(part);
                    if (list != own) found.add(list);
                }
                return found;
            });
            for (List<Snippets.Span> list : lists) list.add(new Snippets.Span(start, end));
        });
        Map<String, String> out = new LinkedHashMap<>();
        spans.forEach((stem, list) -> out.put(stem, Snippets.excerpt(text, list)));
        return out;
    }

    /** The distinct strings of {@code set} that occur in the word, none longer than {@code longest}. */
    private static Collection<String> contained(String word, CharArraySet set, int longest) {
        if (set.isEmpty()) return List.of();
        Collection<String> out = new LinkedHashSet<>();
        char[] chars = word.toCharArray();
        for (int from = 0; from + CompoundDictionary.MIN_PART <= chars.length; from++) {
            for (int to = from + CompoundDictionary.MIN_PART; to <= Math.min(chars.length, from + longest); to++) {
                if (!set.contains(chars, from, to - from)) continue;
                out.add(new String(chars, from, to - from));
            }
        }
        return out;
    }
}
