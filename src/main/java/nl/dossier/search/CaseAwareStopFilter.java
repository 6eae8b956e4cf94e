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
    private final CharArraySet stopWords;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    private final int longestStopWord;
    /** The stop words, looked up regardless of case: for ASCII words only, where that is String.toLowerCase. */
    private final CharArraySet anyCase;

    CaseAwareStopFilter(TokenStream input, CharArraySet stopWords) {
        super(input);
        this.stopWords = stopWords;
        int longest = 0;
        for (Object w : stopWords) longest = Math.max(longest, ((char[]) w).length);
        this.longestStopWord = longest;
        this.anyCase = new CharArraySet(stopWords, true);
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
        // isStopWord without a String or a stream per token (most tokens are short): stop words
        // are short, so test the length first, and look ASCII words up in place.
        int length = term.length();
        if (length > longestStopWord) return true;
        char[] buffer = term.buffer();
        boolean lowerCase = false;
        for (int i = 0; i < length; i++) {
            char c = buffer[i];
            if (c >= 128) return !isStopWord(term.toString(), stopWords);
            lowerCase |= c >= 'a' && c <= 'z';
        }
        if (length >= 2 && !lowerCase) return true;
        return !anyCase.contains(buffer, 0, length);
    }
}
