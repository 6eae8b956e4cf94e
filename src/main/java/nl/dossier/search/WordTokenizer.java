package nl.dossier.search;

import org.apache.lucene.analysis.util.CharTokenizer;

/**
 * Splits text into runs of {@link DutchAnalysis#WORD} characters (letters, digits, marks), as
 * {@code PatternTokenizer(WORD)} would, without a regular expression per token: the search stage
 * spent more time in that regex than in writing the index.
 */
final class WordTokenizer extends CharTokenizer {
    /**
     * Where Lucene's tokenizer cuts a word into pieces. Far beyond the length filter's limit, so a
     * word is dropped whole unless it runs past a million characters, when its last piece may stay.
     */
    static final int MAX_TOKEN_LENGTH = 1024 * 1024;

    WordTokenizer() {
        super(DEFAULT_TOKEN_ATTRIBUTE_FACTORY, MAX_TOKEN_LENGTH);
    }

    /** {@code [\p{L}\p{N}\p{M}]}. */
    static boolean isWordChar(int c) {
        switch (Character.getType(c)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                 Character.MODIFIER_LETTER, Character.OTHER_LETTER,
                 Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER,
                 Character.NON_SPACING_MARK, Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK -> {
                return true;
            }
            default -> {
                return false;
            }
        }
    }

    @Override
    protected boolean isTokenChar(int c) {
        return isWordChar(c);
    }
}
