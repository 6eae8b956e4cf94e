package nl.dossier.search;

import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

import java.io.IOException;
import java.io.StringReader;

/**
 * Steps 2 and 3 of {@link DutchAnalysis} (stop words, case, folding, length) for each word of the
 * tokenizer, worked out once per distinct word as written by running those filters over that word
 * alone, then looked up: they look at one word at a time, and the same few thousand words recur
 * in every section. One instance serves one thread (an analyzer reuses its components per thread),
 * so the cache needs no locking; it is emptied when it grows past {@value #MAX_WORDS} words, which
 * keeps its memory bounded on any input.
 */
final class SurfaceCache extends TokenFilter {
    static final int MAX_WORDS = 200_000;
    /** The surface word of each word as written; the empty string when the filters drop it. */
    private final CharArrayMap<String> surface = new CharArrayMap<>(1024, false);
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);

    SurfaceCache(TokenStream words) {
        super(words);
    }

    @Override
    public boolean incrementToken() throws IOException {
        int skipped = 0;
        while (input.incrementToken()) {
            String word = surface.get(term.buffer(), 0, term.length());
            if (word == null) {
                if (surface.size() >= MAX_WORDS) surface.clear();
                String written = term.toString();
                word = analyse(written);
                surface.put(written, word);
            }
            if (word.isEmpty()) {
                skipped += posInc.getPositionIncrement();
                continue;
            }
            term.setEmpty().append(word);
            posInc.setPositionIncrement(posInc.getPositionIncrement() + skipped);
            return true;
        }
        return false;
    }

    /** The surface filters over one word: the word they leave, or the empty string. */
    private static String analyse(String written) throws IOException {
        KeywordTokenizer oneWord = new KeywordTokenizer();
        oneWord.setReader(new StringReader(written));
        try (TokenStream ts = DutchAnalysis.surfaceChain(oneWord)) {
            CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            String out = ts.incrementToken() ? t.toString() : "";
            ts.end();
            return out;
        }
    }
}
