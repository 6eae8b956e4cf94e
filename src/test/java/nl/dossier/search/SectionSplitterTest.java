package nl.dossier.search;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Closing the gaps that removed citations leave, without a regular expression. */
class SectionSplitterTest {

    @Test
    void closesTheGapBeforePunctuation() {
        assertEquals("bloemenveilingen.", SectionSplitter.closeGaps("bloemenveilingen ."));
        assertEquals("a, b; c: d.", SectionSplitter.closeGaps("a , b \t; c\n: d  ."));
        assertEquals("a..", SectionSplitter.closeGaps("a . ."));
        // A non-breaking space is not white space to \s: it stays, as before.
        assertEquals("a\u00a0.", SectionSplitter.closeGaps("a\u00a0."));
        assertEquals("", SectionSplitter.closeGaps(""));
        assertEquals(".", SectionSplitter.closeGaps("  ."));
    }

    @Test
    void givesWhatTheRegularExpressionGave() {
        String alphabet = " \t\n\r\f\u000B\u00a0.,;:!?ab";
        Random random = new Random(20261129);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(12);
            for (int i = 0; i < length; i++) text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            String s = text.toString();
            assertEquals(s.replaceAll("\\s+([.,;:])", "$1"), SectionSplitter.closeGaps(s), () -> "for '" + s + "'");
        }
    }
}
