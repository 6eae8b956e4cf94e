package nl.dossier.search;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

import java.util.List;

/**
 * The tokens {@link DutchAnalysis#index} would make of a text, from the text's surface words:
 * each word's stem, then the stems of its compound parts at the same position. The index
 * writer takes it in place of analysing the text again. Positions are not indexed, so only
 * "same position or not" matters: it decides the field length that scoring normalises by.
 */
final class IndexedWords extends TokenStream {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);
    /** Each word's forms, looked up when the document is made (on any core), not when the writer reads it. */
    private final String[][] words;
    private static final String[] NONE = {};
    private int next;
    private String[] current = NONE;
    private int form;

    IndexedWords(List<String> surfaceWords, WordForms forms) {
        this.words = new String[surfaceWords.size()][];
        for (int i = 0; i < words.length; i++) words[i] = forms.of(surfaceWords.get(i)).indexed();
    }

    @Override
    public boolean incrementToken() {
        if (form == current.length) {
            if (next == words.length) return false;
            current = words[next++];
            form = 0;
        }
        clearAttributes();
        term.setEmpty().append(current[form]);
        posInc.setPositionIncrement(form == 0 ? 1 : 0);
        form++;
        return true;
    }

    @Override
    public void reset() {
        next = 0;
        form = 0;
        current = NONE;
    }
}
