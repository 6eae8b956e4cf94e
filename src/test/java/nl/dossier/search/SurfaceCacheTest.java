package nl.dossier.search;

import nl.dossier.load.ContentLoader;
import nl.dossier.model.Content;
import nl.dossier.model.GlossaryTerm;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link DutchAnalysis#surfaceWords}, which looks steps 2 and 3 up per distinct word
 * ({@link SurfaceCache}), gives the words, at the offsets, that the token stream of
 * {@link DutchAnalysis#surface()} gives: on every text of the real content, on the corner cases of
 * each step, and on random text from every kind of character the steps treat differently.
 */
class SurfaceCacheTest {

    @Test
    void sameWordsAsTheAnalyzerOnTheRealContent() throws Exception {
        Content content = new ContentLoader(Path.of(System.getProperty("dossier.root", ""))).load();
        List<String> texts = new ArrayList<>();
        content.pages().forEach(p -> {
            texts.add(p.title());
            texts.add(p.summary());
            texts.add(p.body());
        });
        for (GlossaryTerm t : content.glossary()) {
            texts.add(t.term());
            texts.add(t.name());
            texts.add(t.description());
        }
        content.references().forEach(r -> texts.add(r.toString()));
        int words = 0;
        try (Analyzer surface = DutchAnalysis.surface()) {
            for (String text : texts) {
                List<String> expected = analysed(surface, text);
                assertEquals(expected, scanned(text), text.length() > 80 ? text.substring(0, 80) + "…" : text);
                words += expected.size();
            }
        }
        assertTrue(words > 5_000, "the real content has words: " + words);
    }

    @Test
    void sameWordsAsTheAnalyzerOnEachStepsCornerCases() throws IOException {
        List<String> texts = List.of(
                "",
                "   . , ; –",
                // stop words: dropped in lower case and mixed case, kept in capitals (OM, the Openbaar Ministerie)
                "om Om oM OM de De DE het Het HET een EEN u U ik IK",
                // beyond ASCII: words that lower case or fold, and stop words written with the Kelvin
                // sign, which lower-cases to k: "\u212Aan" is "kan" (dropped), "I\u212A" is in capitals (kept)
                "Één één ÉÉN geïntegreerde GEÏNTEGREERDE café’s İstanbul \u212Aelvin ǅemal Σίσυφος",
                "\u212Aan \u212AAN I\u212A i\u212A",
                // a word beyond ASCII longer than the length filter allows
                "é".repeat(65) + " " + "é".repeat(64),
                // combining marks: folded away, so a word of 65 characters with one mark is 64 long afterwards
                "e\u0301e\u0308n " + "a".repeat(63) + "e\u0301 " + "b".repeat(64) + " " + "c".repeat(65) + " x y z",
                // word characters: digits, superscripts, Roman numerals, a letter outside the BMP, marks alone
                "41-bis FIU-NL 's-Hertogenbosch x² Ⅻ 𝒜bc \u0301\u0308 ½ 2024",
                // not word characters: dashes, quotes, a no-break space, an unpaired surrogate, symbols
                "“quote” a\u00a0b c\uD800d e\uDC00f € § ©",
                // a word at the very end, and one that is cut by the tokenizer's buffer limit
                "einde", "w".repeat(WordTokenizer.MAX_TOKEN_LENGTH + 3),
                // a letter outside the BMP across that limit, and a word beyond ASCII cut by it
                "w".repeat(WordTokenizer.MAX_TOKEN_LENGTH - 1) + "𝒜xy", "é".repeat(WordTokenizer.MAX_TOKEN_LENGTH + 2));
        try (Analyzer surface = DutchAnalysis.surface()) {
            for (String text : texts) {
                assertEquals(analysed(surface, text), scanned(text), text.length() > 80 ? text.substring(0, 80) + "…" : text);
            }
        }
        assertEquals(List.of("om", "een", "geintegreerde", "geintegreerde"), DutchAnalysis.surfaceWords("om OM een ÉÉN geïntegreerde GEÏNTEGREERDE"));
    }

    @Test
    void sameWordsAsTheAnalyzerOnRandomText() throws IOException {
        // Every kind of character that one of the steps treats on its own.
        String[] pieces = {"a", "b", "e", "z", "k", "n", "i", "I", "O", "M", "D", "E", "0", "7", " ", " ", " ", ".", "-", "'",
                "’", "\n", "é", "Ï", "ë", "ß", "İ", "\u212A", "\u0301", "\u0308", "Σ", "ς", "ж", "中", "²", "Ⅻ", "𝒜",
                "\uD835", "\uDC00", "\u00a0", "–", "€", "om", "de", "het", "een", "kan", "ÉÉN", "OM"};
        String[] letters = {"a", "e", "é", "ë", "\u0301", "𝒜", "k", "\u212A"};
        Random random = new Random(20261129);
        int words = 0;
        try (Analyzer surface = DutchAnalysis.surface()) {
            for (int t = 0; t < 2_000; t++) {
                StringBuilder text = new StringBuilder();
                // Every tenth text is long, with long runs of letters: words around the length
                // limit, and texts beyond the tokenizer's read buffer of 4,096 characters.
                boolean longText = t % 10 == 0;
                int length = longText ? 2_000 + random.nextInt(4_000) : random.nextInt(60);
                for (int i = 0; i < length; i++) {
                    boolean letter = longText && random.nextInt(40) != 0;
                    text.append(letter ? letters[random.nextInt(letters.length)] : pieces[random.nextInt(pieces.length)]);
                }
                List<String> expected = analysed(surface, text.toString());
                assertEquals(expected, scanned(text.toString()), text.toString());
                words += expected.size();
            }
        }
        assertTrue(words > 5_000, "random text has words: " + words);
    }

    @Test
    void sameWordsAsTheAnalyzerPastTheCachesLimit() throws IOException {
        // More distinct words than the cache keeps, so it is emptied in the middle of the text.
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < SurfaceCache.MAX_WORDS + 1_000; i++) text.append(i % 3 == 0 ? "De" : "Word").append(i).append(' ');
        text.append("de OM een ÉÉN");
        try (Analyzer surface = DutchAnalysis.surface()) {
            List<String> expected = analysed(surface, text.toString());
            assertEquals(expected, scanned(text.toString()));
            assertTrue(expected.size() > SurfaceCache.MAX_WORDS, "every word is kept: " + expected.size());
        }
    }

    /** Each word with its offsets, as {@code word@start-end}. */
    private static List<String> analysed(Analyzer surface, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = surface.tokenStream("text", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) out.add(term + "@" + offset.startOffset() + "-" + offset.endOffset());
            ts.end();
        }
        return out;
    }

    private static List<String> scanned(String text) {
        List<String> out = new ArrayList<>();
        DutchAnalysis.surfaceWords(text, (word, start, end) -> out.add(word + "@" + start + "-" + end));
        return out;
    }
}
