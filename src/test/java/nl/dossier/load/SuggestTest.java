package nl.dossier.load;

import nl.dossier.TestSites;
import nl.dossier.model.Content;
import nl.dossier.model.ContentException;
import nl.dossier.model.GlossaryTerm;
import nl.dossier.model.PageSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** "Did you mean" on the real glossary terms and page slugs of content/. */
class SuggestTest {
    static List<String> terms;
    static List<String> slugs;

    @BeforeAll
    static void loadTheRealContent() throws ContentException {
        Content content = new ContentLoader(TestSites.projectRoot()).load();
        terms = content.glossary().stream().map(GlossaryTerm::term).toList();
        slugs = content.pages().stream().map(PageSource::slug).toList();
        assertTrue(terms.containsAll(List.of("NSOC", "SBO", "EBI", "PI", "PIT", "OM", "FIOD", "Pbw")), terms.toString());
        assertTrue(slugs.contains("ondermijningswetgeving"), slugs.toString());
    }

    @Test
    void twoLettersSwappedAreOneMistake() {
        // With letters only added, missing or changed, NSCO is as far from SBO as from NSOC.
        assertEquals("NSOC", Suggest.closest("NSCO", terms));
        assertEquals("FIOD", Suggest.closest("FOID", terms));
        assertEquals("OM", Suggest.closest("MO", terms));
        assertEquals("ondermijningswetgeving", Suggest.closest("ondermijningswetgeivng", slugs));
        assertEquals("criminaliteit-tijdens-detentie", Suggest.closest("criminaliteit-tijdens-detnetie", slugs));
        assertEquals(1, Suggest.distance("nsco", "nsoc", 3));
        // Optimal string alignment: a swapped pair is not edited again ("ca" to "abc" is three mistakes, not two).
        assertEquals(3, Suggest.distance("ca", "abc", 3));
    }

    @Test
    void caseIsIgnoredButTheCandidateIsGivenAsWritten() {
        assertEquals("Pbw", Suggest.closest("PBX", terms));
        assertEquals("OM", Suggest.closest("om", terms));
        assertEquals("drugsbestellingen-via-internet", Suggest.closest("Drugsbestelingen-Via-Internet", slugs));
    }

    @Test
    void amongEquallyCloseTermsTheLongerCommonStartThenTheSameLengthWins() {
        // EBI and SBO are both one letter from EBO; EBI starts the same.
        assertEquals("EBI", Suggest.closest("EBO", terms));
        // PI and PIT are both one letter from PIX and start the same; PIT has its length.
        assertEquals("PIT", Suggest.closest("PIX", terms));
        // Not the order of the candidates: the same answer from the list reversed.
        List<String> reversed = new ArrayList<>(terms);
        Collections.reverse(reversed);
        for (String w : List.of("NSCO", "EBO", "PIX")) assertEquals(Suggest.closest(w, terms), Suggest.closest(w, reversed), w);
    }

    @Test
    void shortWordsGetNoFarFetchedSuggestion() {
        // Two mistakes in three or four letters is another word: BOT is not BOTOC, PIT or ATO.
        assertNull(Suggest.closest("BOT", terms));
        assertNull(Suggest.closest("NSCO", List.of("SBO")));
        assertNull(Suggest.closest("XYZ", terms));
        // A single letter is corrected to nothing but itself in another case.
        assertNull(Suggest.closest("P", terms));
        assertEquals("a", Suggest.closest("A", List.of("a", "b")));
        // Nor is a word replaced as a whole.
        assertNull(Suggest.closest("ab", List.of("b")));
        assertNull(Suggest.closest("drugs", slugs));
        // A long word may have a few mistakes.
        assertEquals("bestrijding-drugssmokkel", Suggest.closest("bestryding-drugsmokel", slugs));
    }

    @Test
    void theDistanceStopsEarlyAboveTheLimitWithTheSameVerdict() {
        String a = "strafrechtelijke-en-bestuurlijke-aanpak";
        String b = "breed-offensief-botoc-tegen-ondermijning";
        assertEquals(3, Suggest.distance(a, b, 2));
        assertEquals(Suggest.distance(a, b, 100) > 2, Suggest.distance(a, b, 2) > 2);
        assertEquals(2, Suggest.distance("biudl", "build", 2));
        assertEquals(2, Suggest.distance("biudl", "build", 1));
    }
}
