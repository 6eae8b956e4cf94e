package nl.dossier.load;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;

/**
 * "Did you mean" hints: the candidate closest to a mistyped word, counting a letter added,
 * missing, changed, or two neighbours swapped as one mistake each (the optimal string alignment
 * distance), ignoring case. Among equally close candidates the one sharing the longer start with
 * the word wins, then the one of the same length, then the first in alphabetical order, so the
 * hint does not depend on the order of a map.
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

    /** The closest candidate, or null when none is within {@link #allowed} mistakes. */
    public static String closest(String word, Collection<String> candidates) {
        if (word.length() > MAX_WORD) return null;
        String w = word.toLowerCase(Locale.ROOT);
        int limit = allowed(w.length());
        Match best = null;
        for (String candidate : candidates) {
            String c = candidate.toLowerCase(Locale.ROOT);
            int d = distance(w, c, limit);
            // No hint that replaces the whole of a word: 'b' is no correction of 'ab'.
            if (d > limit || d > 0 && d >= Math.min(w.length(), c.length())) continue;
            Match m = new Match(candidate, d, commonPrefix(w, c), Math.abs(w.length() - c.length()));
            if (best == null || BETTER.compare(m, best) < 0) best = m;
        }
        return best == null ? null : best.candidate();
    }

    private record Match(String candidate, int distance, int prefix, int lengthGap) {
    }

    private static final Comparator<Match> BETTER = Comparator.comparingInt(Match::distance)
            .thenComparing(Comparator.comparingInt(Match::prefix).reversed())
            .thenComparingInt(Match::lengthGap)
            .thenComparing(Match::candidate);

    /**
     * Mistakes allowed in a word of that length: one up to five letters (two in a word of four
     * would turn NSCO into SBO), then a third of the word; none in a single letter.
     */
    static int allowed(int length) {
        if (length < 2) return 0;
        if (length <= 5) return 1;
        return Math.max(2, length / 3);
    }

    /** The optimal string alignment distance of a and b, or {@code limit + 1} as soon as it is larger than limit. */
    static int distance(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) > limit) return limit + 1;
        int[] before = new int[b.length() + 1];
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        int prevMin = 0;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            int rowMin = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int d = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d = Math.min(d, before[j - 2] + 1);
                }
                cur[j] = d;
                rowMin = Math.min(rowMin, d);
            }
            // Every later row is at least the smaller of this row's minimum and the previous
            // row's plus one (a swap reaches back two rows): past the limit, nothing comes back.
            if (rowMin > limit && prevMin >= limit) return limit + 1;
            prevMin = rowMin;
            int[] t = before;
            before = prev;
            prev = cur;
            cur = t;
        }
        return Math.min(prev[b.length()], limit + 1);
    }

    private static int commonPrefix(String a, String b) {
        int n = Math.min(a.length(), b.length());
        int i = 0;
        while (i < n && a.charAt(i) == b.charAt(i)) i++;
        return i;
    }
}
