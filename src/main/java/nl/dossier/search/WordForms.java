package nl.dossier.search;

import org.apache.lucene.analysis.CharArraySet;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the index analysis makes of each word the {@link DutchAnalysis#surface() surface} analysis
 * yields: its compound parts and the stems that are indexed. Compound splitting and stemming
 * look at one word at a time, so they are worked out once per distinct word of the site and
 * shared by every section and both cores, instead of once per occurrence.
 */
final class WordForms {
    /**
     * @param parts   the dictionary words inside the word ({@link CompoundSplitFilter#parts})
     * @param indexed what {@link DutchAnalysis#index} emits for the word, in its order: the
     *                word's stem, then the stem of each part
     */
    record Forms(List<String> parts, String[] indexed) {
        String stem() {
            return indexed[0];
        }
    }

    private final CharArraySet dictionary;
    private final Map<String, Forms> byWord = new ConcurrentHashMap<>();

    WordForms(CharArraySet dictionary) {
        this.dictionary = dictionary;
    }

    Forms of(String word) {
        Forms forms = byWord.get(word);
        return forms != null ? forms : byWord.computeIfAbsent(word, this::work);
    }

    private Forms work(String word) {
        List<String> parts = List.copyOf(CompoundSplitFilter.parts(word, dictionary));
        String[] indexed = new String[1 + parts.size()];
        indexed[0] = DutchAnalysis.stem(word);
        for (int i = 0; i < parts.size(); i++) indexed[i + 1] = DutchAnalysis.stem(parts.get(i));
        return new Forms(parts, indexed);
    }
}
