package nl.dossier.model;

/**
 * Where a text holds another, in time linear in both (Knuth-Morris-Pratt): String.indexOf
 * compares naively, which a page of near-repeats of a long pattern would make quadratic.
 */
public final class Find {
    private Find() {
    }

    /** The first index at or after {@code from} where {@code pattern} is in {@code text}, or -1. */
    public static int in(String text, String pattern, int from) {
        int m = pattern.length();
        if (m == 0) return from <= text.length() ? from : -1;
        int[] fail = new int[m];
        for (int i = 1, k = 0; i < m; i++) {
            while (k > 0 && pattern.charAt(i) != pattern.charAt(k)) k = fail[k - 1];
            if (pattern.charAt(i) == pattern.charAt(k)) k++;
            fail[i] = k;
        }
        for (int i = Math.max(0, from), k = 0; i < text.length(); i++) {
            while (k > 0 && text.charAt(i) != pattern.charAt(k)) k = fail[k - 1];
            if (text.charAt(i) == pattern.charAt(k)) k++;
            if (k == m) return i - m + 1;
        }
        return -1;
    }
}
