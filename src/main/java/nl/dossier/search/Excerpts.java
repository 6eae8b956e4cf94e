package nl.dossier.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Cuts, for a stem and a section, the part of the section's text that {@link Snippets} would show
 * for that stem alone, as plain text; search.js marks the query's words in it. Stems of the words
 * seen are cached: the same few thousand words recur in every section. Safe for several threads:
 * the cache is concurrent, and {@link SurfaceWords} keeps no state.
 */
final class Excerpts {
    private final Map<String, String> stems = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The excerpt for each of the stems from one text, which is tokenised once for all of them:
     * a long section is the showcase of many stems.
     */
    Map<String, String> excerpts(String text, Collection<String> wanted) {
        Map<String, List<Snippets.Span>> spans = new LinkedHashMap<>();
        for (String stem : wanted) spans.put(stem, new ArrayList<>());
        SurfaceWords.scan(text, (word, start, end) -> {
            String s = stems.computeIfAbsent(word, DutchAnalysis::stem);
            for (Map.Entry<String, List<Snippets.Span>> e : spans.entrySet()) {
                String stem = e.getKey();
                boolean part = stem.length() >= CompoundDictionary.MIN_PART && word.contains(stem);
                if (s.equals(stem) || part) e.getValue().add(new Snippets.Span(start, end));
            }
        });
        Map<String, String> out = new LinkedHashMap<>();
        spans.forEach((stem, list) -> out.put(stem, Snippets.excerpt(text, list)));
        return out;
    }
}
