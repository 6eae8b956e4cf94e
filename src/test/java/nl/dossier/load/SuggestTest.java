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
import java.util.Locale;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * "Did you mean" on the real glossary terms and page slugs of content/; a stage makes a bounded
 * number of guesses, and stopping a distance early changes no answer.
 */
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

    @Test
    void aLimitedGuesserStopsGuessing() {
        Suggest guesses = Suggest.limited();
        for (int i = 0; i < Suggest.MAX_GUESSES; i++) assertEquals("ondermijningswetgeving", guesses.guess("ondermijningswetgeivng", slugs));
        assertNull(guesses.guess("ondermijningswetgeivng", slugs), "no guesses are left");
    }

    @Test
    void aWordLongerThanAnyNameGetsNoGuess() {
        String slug = "ondermijningswetgeving".repeat(4);
        assertEquals(slug, Suggest.closest(slug.substring(1), List.of(slug)));
        String longer = "ondermijningswetgeving".repeat(5);
        assertNull(Suggest.closest(longer.substring(1), List.of(longer)));
    }

    @Test
    void givesTheAnswersOfComparingWithEveryCandidateInFull() {
        Random random = new Random(7);
        for (int n = 0; n < 5_000; n++) {
            List<String> candidates = new ArrayList<>();
            for (int c = random.nextInt(6); c >= 0; c--) candidates.add(word(random));
            String word = word(random);
            assertEquals(reference(word, candidates), Suggest.closest(word, candidates), word + " in " + candidates);
        }
    }

    private static String word(Random random) {
        StringBuilder b = new StringBuilder();
        for (int i = random.nextInt(12); i >= 0; i--) b.append("abcAB-".charAt(random.nextInt(6)));
        return b.toString();
    }

    /** Suggest.closest with every distance computed in full, without stopping early. */
    private static String reference(String word, List<String> candidates) {
        String w = word.toLowerCase(Locale.ROOT);
        int limit = Suggest.allowed(w.length());
        String best = null;
        int[] bestKey = null;
        for (String candidate : candidates) {
            String c = candidate.toLowerCase(Locale.ROOT);
            int d = Suggest.distance(w, c, w.length() + c.length());
            if (d > limit || d > 0 && d >= Math.min(w.length(), c.length())) continue;
            int prefix = 0;
            while (prefix < Math.min(w.length(), c.length()) && w.charAt(prefix) == c.charAt(prefix)) prefix++;
            int[] key = {d, -prefix, Math.abs(w.length() - c.length())};
            int cmp = best == null ? -1 : java.util.Arrays.compare(key, bestKey);
            if (cmp < 0 || cmp == 0 && candidate.compareTo(best) < 0) {
                best = candidate;
                bestKey = key;
            }
        }
        return best;
    }
}
