package nl.dossier.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Cuts, for a stem and a section, the part of the section's text that {@link Snippets} would show
 * for that stem alone, as plain text; search.js marks the query's words in it. Stems of the words
 * seen are cached: the same few thousand words recur in every section.
 */
final class Excerpts implements AutoCloseable {
    private final Analyzer surface = DutchAnalysis.surface();
    private final Map<String, String> stems = new HashMap<>();

    String excerpt(String text, String stem) throws IOException {
        List<Snippets.Span> spans = new ArrayList<>();
        try (TokenStream ts = surface.tokenStream(SearchIndexer.TEXT, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                String word = term.toString();
                String s = stems.computeIfAbsent(word, DutchAnalysis::stem);
                boolean part = stem.length() >= CompoundDictionary.MIN_PART && word.contains(stem);
                if (s.equals(stem) || part) spans.add(new Snippets.Span(off.startOffset(), off.endOffset()));
            }
            ts.end();
        }
        return Snippets.excerpt(text, spans);
    }

    @Override
    public void close() {
        surface.close();
    }
}
