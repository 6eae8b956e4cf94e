package nl.dossier.search;

import org.apache.lucene.analysis.CharacterUtils;

import java.util.ArrayList;
import java.util.List;

/**
 * The words of {@link DutchAnalysis#surface()}, found in one loop over the text instead of
 * Lucene's chain of tokenizer and filters. The build analyses every section's text three times
 * (compound dictionary, index, excerpts); through the token stream that was about 10 s of CPU at
 * 10,000 pages, most of it the stream's machinery per character and per word. Each step gives
 * what its filter gives, with the same code where there is some to share:
 * <ol>
 * <li>a word is a run of {@link WordTokenizer#isWordChar word characters};</li>
 * <li>{@link CaseAwareStopFilter.Rule} drops stop words not written in capitals;</li>
 * <li>{@link CharacterUtils#toLowerCase}, as {@code LowerCaseFilter} (on an ASCII word that is
 *     A–Z to a–z, done in place);</li>
 * <li>{@link FoldingFilter#fold} when a character beyond ASCII is left;</li>
 * <li>words of {@value DutchAnalysis#MIN_WORD_LENGTH} to {@value DutchAnalysis#MAX_WORD_LENGTH}
 *     characters stay, as {@code LengthFilter}.</li>
 * </ol>
 * {@code SurfaceWordsTest} checks that both give the same words at the same offsets.
 */
final class SurfaceWords {
    /** Receives each word, and where its characters stand in the text: {@code [start, end)}. */
    @FunctionalInterface
    interface Sink {
        void word(String word, int start, int end);
    }

    private static final boolean[] ASCII_WORD_CHAR = new boolean[128];

    static {
        for (int c = 0; c < 128; c++) ASCII_WORD_CHAR[c] = WordTokenizer.isWordChar(c);
    }

    private SurfaceWords() {
    }

    /** The words of a text, in order. */
    static List<String> of(String text) {
        List<String> words = new ArrayList<>();
        scan(text, (word, start, end) -> words.add(word));
        return words;
    }

    /** Hands each word of the text to the sink, in order. */
    static void scan(String text, Sink sink) {
        char[] buffer = new char[64];
        int n = text.length();
        int i = 0;
        while (i < n) {
            char first = text.charAt(i);
            if (first < 128) {
                if (!ASCII_WORD_CHAR[first]) {
                    i++;
                    continue;
                }
            } else {
                int c = text.codePointAt(i);
                if (!WordTokenizer.isWordChar(c)) {
                    i += Character.charCount(c);
                    continue;
                }
            }
            int start = i;
            boolean ascii = true;
            // The tokenizer cuts a word at its buffer's limit, far beyond the length filter's.
            while (i < n && i - start < WordTokenizer.MAX_TOKEN_LENGTH) {
                char ch = text.charAt(i);
                if (ch < 128) {
                    if (!ASCII_WORD_CHAR[ch]) break;
                    i++;
                } else {
                    int c = text.codePointAt(i);
                    if (!WordTokenizer.isWordChar(c)) break;
                    ascii = false;
                    i += Character.charCount(c);
                }
            }
            int length = i - start;
            String word;
            if (ascii) {
                // Lower case keeps an ASCII word's length, and folding leaves it as it is.
                if (length < DutchAnalysis.MIN_WORD_LENGTH || length > DutchAnalysis.MAX_WORD_LENGTH) continue;
                text.getChars(start, i, buffer, 0);
                boolean hadLowerCase = false;
                for (int k = 0; k < length; k++) {
                    char ch = buffer[k];
                    if (ch >= 'A' && ch <= 'Z') buffer[k] = (char) (ch + ('a' - 'A'));
                    else hadLowerCase |= ch >= 'a' && ch <= 'z';
                }
                if (CaseAwareStopFilter.Rule.DUTCH.dropsLowerCasedAscii(buffer, length, hadLowerCase)) continue;
                word = new String(buffer, 0, length);
            } else {
                if (length > buffer.length) buffer = new char[Math.max(length, 2 * buffer.length)];
                text.getChars(start, i, buffer, 0);
                word = beyondAscii(buffer, length);
                if (word == null) continue;
            }
            sink.word(word, start, i);
        }
    }

    /** A word with a character beyond ASCII, as the filters leave it, or null when one drops it; lower-cases the buffer. */
    private static String beyondAscii(char[] buffer, int length) {
        if (CaseAwareStopFilter.Rule.DUTCH.drops(buffer, length)) return null;
        CharacterUtils.toLowerCase(buffer, 0, length);
        String word = FoldingFilter.fold(new String(buffer, 0, length));
        int folded = word.length();
        return folded >= DutchAnalysis.MIN_WORD_LENGTH && folded <= DutchAnalysis.MAX_WORD_LENGTH ? word : null;
    }
}
