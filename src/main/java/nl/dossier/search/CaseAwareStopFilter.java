package nl.dossier.search;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.util.Locale;

/**
 * Drops Dutch stop words, except when written in capitals: "om" (in order to) is a stop word,
 * "OM" is the Openbaar Ministerie. Runs before lower-casing for that reason.
 */
final class CaseAwareStopFilter extends FilteringTokenFilter {
    private final Rule rule;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    CaseAwareStopFilter(TokenStream input, CharArraySet stopWords) {
        super(input);
        this.rule = stopWords == DutchAnalysis.STOP_WORDS ? Rule.DUTCH : new Rule(stopWords);
    }

    static boolean isStopWord(String raw, CharArraySet stopWords) {
        return stopWords.contains(raw.toLowerCase(Locale.ROOT)) && !isCapitals(raw);
    }

    /** Two or more characters and no lower-case letter: an abbreviation such as OM or PI. */
    static boolean isCapitals(String raw) {
        if (raw.length() < 2) return false;
        for (int i = 0; i < raw.length(); i++) {
            if (Character.isLowerCase(raw.charAt(i))) return false;
        }
        return true;
    }

    @Override
    protected boolean accept() {
        return !rule.drops(term.buffer(), term.length());
    }

    /** The filter's decision on one word. */
    static final class Rule {
        /** The rule for Dutch: {@link DutchAnalysis#STOP_WORDS}. */
        static final Rule DUTCH = new Rule(DutchAnalysis.STOP_WORDS);

        private final CharArraySet stopWords;
        private final int longestStopWord;
        /** The stop words, looked up regardless of case: for ASCII words only, where that is String.toLowerCase. */
        private final CharArraySet anyCase;

        Rule(CharArraySet stopWords) {
            this.stopWords = stopWords;
            int longest = 0;
            for (Object w : stopWords) {
                String word = new String((char[]) w);
                longest = Math.max(longest, word.length());
            }
            this.longestStopWord = longest;
            this.anyCase = new CharArraySet(stopWords, true);
        }

        /**
         * {@link #isStopWord} on the word in {@code buffer[0, length)}, without a String or a
         * stream per word (most words are short): stop words are short, so the length is tested
         * first, and ASCII words are looked up in place.
         */
        boolean drops(char[] buffer, int length) {
            if (length > longestStopWord) return false;
            boolean lowerCase = false;
            for (int i = 0; i < length; i++) {
                char c = buffer[i];
                if (c >= 128) return isStopWord(new String(buffer, 0, length), stopWords);
                lowerCase |= c >= 'a' && c <= 'z';
            }
            if (length >= 2 && !lowerCase) return false;
            return anyCase.contains(buffer, 0, length);
        }
    }
}
