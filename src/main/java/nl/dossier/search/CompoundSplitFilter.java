package nl.dossier.search;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.AttributeSource;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * After each long word, adds the dictionary words it contains at the same position:
 * drugssmokkel → drugssmokkel, drugs, drug, smokkel. Unlike Lucene's
 * DictionaryCompoundWordTokenFilter it never repeats the word itself (every long word of the
 * corpus is in the dictionary, and repeating it would double its term frequency) and emits
 * each part once. Parts share the word's offsets, so a highlighter marks the whole compound.
 */
final class CompoundSplitFilter extends TokenFilter {
    private final CharArraySet dictionary;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);
    private final Deque<String> parts = new ArrayDeque<>();
    private AttributeSource.State current;

    CompoundSplitFilter(TokenStream input, CharArraySet dictionary) {
        super(input);
        this.dictionary = dictionary;
    }

    /** The dictionary words inside a word, shortest start first; empty for short words. */
    static Set<String> parts(String word, CharArraySet dictionary) {
        Set<String> out = new LinkedHashSet<>();
        int n = word.length();
        if (n < CompoundDictionary.MIN_COMPOUND) return out;
        // Every word of every section passes here: look candidates up in place, and make a
        // string only of the parts that are found.
        char[] chars = word.toCharArray();
        for (int i = 0; i + CompoundDictionary.MIN_PART <= n; i++) {
            for (int j = i + CompoundDictionary.MIN_PART; j <= Math.min(n, i + CompoundDictionary.MAX_PART); j++) {
                if (j - i == n) continue;
                if (dictionary.contains(chars, i, j - i)) out.add(word.substring(i, j));
            }
        }
        return out;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!parts.isEmpty()) {
            restoreState(current);
            term.setEmpty().append(parts.removeFirst());
            posInc.setPositionIncrement(0);
            return true;
        }
        if (!input.incrementToken()) return false;
        Set<String> found = parts(term.toString(), dictionary);
        if (!found.isEmpty()) {
            parts.addAll(found);
            current = captureState();
        }
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        parts.clear();
        current = null;
    }
}
