package nl.dossier.render;

import nl.dossier.TestSites;
import nl.dossier.load.ContentLoader;
import nl.dossier.model.Content;
import nl.dossier.model.GlossaryTerm;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The scanner finds exactly what the regular expression it replaced found. */
class TermScannerTest {
    @Test
    void findsWhatTheExpressionFoundInTheRealContent() throws Exception {
        Content content = new ContentLoader(TestSites.projectRoot()).load();
        List<String> terms = content.glossary().stream().map(GlossaryTerm::term).toList();
        List<String> texts = new ArrayList<>();
        content.pages().forEach(p -> texts.add(p.body()));
        // Edges: the text's ends, terms inside words and numbers, a term that is the start of a
        // longer one (PI, PIT), letters outside the BMP, digits of other scripts, marks.
        texts.add("OM");
        texts.add("PIT PI PITS OMA 2OM OM2 ①OM OM٣ OM𝒜 éOM (OM) OM's FIU-NL FIU-NLX -OM- SrSr Sr.");
        texts.add("");
        int found = 0;
        TermScanner scanner = new TermScanner(terms);
        Pattern expression = expression(terms);
        for (String text : texts) {
            List<String> expected = new ArrayList<>();
            Matcher m = expression.matcher(text);
            while (m.find()) expected.add(m.start() + ":" + m.group(1));
            List<String> actual = new ArrayList<>();
            scanner.find(text, (start, term) -> actual.add(start + ":" + term));
            assertEquals(expected, actual, text.length() > 80 ? text.substring(0, 80) : text);
            found += actual.size();
        }
        assertTrue(found > 50, "the real content uses glossary terms: " + found);
    }

    /** Where the scanner differs on purpose: the expression looked back one char, half a letter outside the BMP. */
    @Test
    void aLetterOutsideTheBmpIsALetterBeforeATermToo() {
        List<String> found = new ArrayList<>();
        new TermScanner(List.of("OM")).find("𝒜OM OM𝒜 OM", (start, term) -> found.add(start + ":" + term));
        assertEquals(List.of("10:OM"), found);
    }

    /** The expression TextRewriter used until the scanner replaced it. */
    private static Pattern expression(List<String> terms) {
        List<String> sorted = new ArrayList<>(terms);
        sorted.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        StringBuilder alt = new StringBuilder();
        for (String t : sorted) {
            if (alt.length() > 0) alt.append('|');
            alt.append(Pattern.quote(t));
        }
        return Pattern.compile("(?<![\\p{L}\\p{N}])(" + alt + ")(?![\\p{L}\\p{N}])");
    }
}
