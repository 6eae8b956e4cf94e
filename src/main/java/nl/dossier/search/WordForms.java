package nl.dossier.search;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the steps of {@link DutchAnalysis#index} after the {@link DutchAnalysis#surface() surface}
 * make of each surface word: its compound parts and the terms that are indexed. Those steps look
 * at one word at a time, so they run once per distinct word of the site, shared by every section
 * and both cores, instead of once per occurrence.
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

    /** Runs the index analysis's own filters over the one word. */
    private Forms work(String word) {
        List<String> indexed = new ArrayList<>();
        KeywordTokenizer oneWord = new KeywordTokenizer();
        oneWord.setReader(new StringReader(word));
        try (TokenStream ts = DutchAnalysis.afterSurface(oneWord, dictionary)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) indexed.add(term.toString());
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Forms(List.copyOf(CompoundSplitFilter.parts(word, dictionary)), indexed.toArray(String[]::new));
    }
}
