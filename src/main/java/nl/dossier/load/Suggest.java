package nl.dossier.load;

import java.util.Collection;

/**
 * "Did you mean" hints: the closest candidate within a small edit distance.
 *
 * <p>A guess compares the word with every candidate, so guessing for each of thousands of
 * mistakes among thousands of candidates would cost their product: a stage that may guess that
 * often uses one {@link #limited()} instance, which makes the first {@value #MAX_GUESSES} guesses
 * and then gives none.
 */
public final class Suggest {
    /** Guesses a {@link #limited()} instance makes. */
    static final int MAX_GUESSES = 100;
    /** Longer words get no guess: no name a writer types is this long, and comparing costs their length squared. */
    static final int MAX_WORD = 100;

    private int left = MAX_GUESSES;

    private Suggest() {
    }

    /** A guesser for one stage, which stops guessing after {@value #MAX_GUESSES} guesses. */
    public static Suggest limited() {
        return new Suggest();
    }

    /** {@link #closest(String, Collection)} while guesses are left, then null. */
    public synchronized String guess(String word, Collection<String> candidates) {
        if (left <= 0) return null;
        left--;
        return closest(word, candidates);
    }

    public static String closest(String word, Collection<String> candidates) {
        if (word.length() > MAX_WORD) return null;
        int allowed = Math.max(2, word.length() / 3);
        String lower = word.toLowerCase();
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            // The distance is at least the difference in length: most candidates need no comparing.
            if (Math.abs(c.length() - word.length()) > allowed) continue;
            int d = distance(lower, c.toLowerCase());
            if (d < bestDistance) {
                bestDistance = d;
                best = c;
            }
        }
        return best != null && bestDistance <= allowed ? best : null;
    }

    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
