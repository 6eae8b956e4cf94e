package nl.dossier.search;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Removes diacritics (geïntegreerde → geintegreerde) by Unicode decomposition. Used instead of
 * Lucene's ASCIIFoldingFilter because the browser client folds query words with
 * {@code normalize('NFD')} and the same mark removal: one rule in both places.
 */
final class FoldingFilter extends TokenFilter {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    FoldingFilter(TokenStream input) {
        super(input);
    }

    static String fold(String s) {
        String d = Normalizer.normalize(s, Normalizer.Form.NFD);
        return MARKS.matcher(d).replaceAll("");
    }

    @Override
    public boolean incrementToken() throws java.io.IOException {
        if (!input.incrementToken()) return false;
        char[] buffer = term.buffer();
        for (int i = 0, n = term.length(); i < n; i++) {
            if (buffer[i] >= 128) {
                String folded = fold(term.toString());
                term.setEmpty().append(folded);
                break;
            }
        }
        return true;
    }
}
