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

    CaseAwareStopFilter(TokenStream input, CharArraySet stopWords) {
        super(input);
        this.stopWords = stopWords;
        int longest = 0;
        for (Object w : stopWords) longest = Math.max(longest, ((char[]) w).length);
        this.longestStopWord = longest;
    }

    static boolean isStopWord(String raw, CharArraySet stopWords) {
        return stopWords.contains(raw.toLowerCase(Locale.ROOT)) && !isCapitals(raw);
    }

    /** Two or more characters and no lower-case letter: an abbreviation such as OM or PI. */
    static boolean isCapitals(String raw) {
        return raw.length() >= 2 && raw.chars().noneMatch(Character::isLowerCase);
    }

    @Override
    protected boolean accept() {
        // isStopWord without a String per token: stop words are short, so test the length first.
        int length = term.length();
        if (length > longestStopWord) return true;
        return !isStopWord(term.toString(), stopWords);
    }
}
