package nl.dossier.load;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * "Did you mean" hints cost at most a bounded number of guesses per stage, and skipping the
 * candidates too different in length to be near changes no answer.
 */
class SuggestTest {

    @Test
    void aLimitedGuesserStopsGuessing() {
        Suggest guesses = Suggest.limited();
        List<String> candidates = List.of("bestrijding-drugssmokkel", "ondersteuning-beleid");
        for (int i = 0; i < Suggest.MAX_GUESSES; i++) assertEquals("ondersteuning-beleid", guesses.guess("ondersteuning-belied", candidates));
        assertNull(guesses.guess("ondersteuning-belied", candidates), "no guesses are left");
    }

    @Test
    void givesTheAnswersOfComparingWithEveryCandidate() {
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

    /** Suggest.closest as it was: every candidate compared. */
    private static String reference(String word, List<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            int d = Suggest.distance(word.toLowerCase(), c.toLowerCase());
            if (d < bestDistance) {
                bestDistance = d;
                best = c;
            }
        }
        return best != null && bestDistance <= Math.max(2, word.length() / 3) ? best : null;
    }
}
