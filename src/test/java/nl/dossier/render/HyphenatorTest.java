package nl.dossier.render;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Dutch patterns on words of the chapter: soft hyphens where a Dutch reader expects them. */
class HyphenatorTest {
    private static String shown(String text) {
        return Hyphenator.soft(text).replace(Hyphenator.SOFT_HYPHEN, '|');
    }

    @Test
    void compoundsOfTheChapterBreakBetweenSyllablesAndParts() {
        assertEquals("On|der|mij|nings|wet|ge|ving", shown("Ondermijningswetgeving"));
        assertEquals("drugs|cri|mi|na|li|teit", shown("drugscriminaliteit"));
        assertEquals("Noord|zee|ka|naal|ge|bied", shown("Noordzeekanaalgebied"));
        assertEquals("sa|men|wer|kings|ver|ban|den", shown("samenwerkingsverbanden"));
        assertEquals("Be|strij|ding drugs|smok|kel", shown("Bestrijding drugssmokkel"));
        assertEquals("ge|ïn|ten|si|veerd", shown("geïntensiveerd"));
    }

    @Test
    void shortWordsAbbreviationsAndTheWritersOwnSoftHyphensStayAsTheyAre() {
        assertEquals("via de haven", shown("via de haven"));
        assertEquals("NSOC en FIOD", shown("NSOC en FIOD"));
        String own = "Onder\u00ADmijningswetgeving";
        assertSame(own, Hyphenator.soft(own));
        assertEquals("in- en door|voer|land, aanpak", shown("in- en doorvoerland, aanpak"));
        // The right minimum keeps three letters together at the end ("be|leid", never "belei|d").
        assertEquals("on|der|steu|nings|be|leid", shown("ondersteuningsbeleid"));
    }

    @Test
    void stripGivesBackTheText() {
        String text = "Strafrechtelijke en bestuurlijke aanpak van ondermijning";
        assertEquals(text, Hyphenator.strip(Hyphenator.soft(text)));
        assertTrue(Hyphenator.soft(text).length() > text.length());
    }

    @Test
    void aLongRunOfLettersIsHyphenatedInLinearTime() {
        String word = "ondermijning".repeat(200_000);
        long start = System.nanoTime();
        String soft = Hyphenator.soft(word);
        assertTrue(System.nanoTime() - start < 10_000_000_000L, "2.4 million letters within 10 s");
        assertEquals(word, Hyphenator.strip(soft));
    }

    @Test
    void aWordWithLettersThePatternsDoNotKnowStaysWhole() {
        // Found by HtmlPolicyFuzzTest: Lucene's tree gave break points of a part of such a word.
        for (String word : new String[] {"\u01C5\u00AA\u00BA\u00DF\u00BA\u00EBzq\u00EB\u00EBmt", "ondermijning\u00AAondermijning", "\u03B1\u03B2\u03B3ondermijning"}) {
            assertEquals(word, Hyphenator.soft(word));
            assertEquals("x " + word + " y", Hyphenator.softInLongRuns("x " + word + " y"));
        }
        assertEquals("On|der|mij|nings|wet|ge|ving", shown("Ondermijningswetgeving"));
    }
}
