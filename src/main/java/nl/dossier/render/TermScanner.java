package nl.dossier.render;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds glossary terms in text as whole words: not preceded or followed by a letter or digit,
 * leftmost first, the longest term at a place first. That is what the regular expression
 * {@code (?<![\p{L}\p{N}])(longest|…|shortest)(?![\p{L}\p{N}])} finds, without trying every
 * term at every character: the terms are a trie, walked from each place where a word starts, so
 * a place costs at most the length of the longest term (at most 100 characters, GlossaryReader),
 * however many terms there are (trying each term that starts with the place's character cost
 * the number of terms at every word).
 */
final class TermScanner {
    interface Found {
        void at(int start, String term);
    }

    /** Per node of the trie: the characters that lead on, sorted, and the nodes they lead to; node 0 is the root. */
    private final char[][] labels;
    private final int[][] targets;
    /** Per node, the term that ends there, or null. */
    private final String[] termAt;

    TermScanner(Collection<String> terms) {
        Map<Long, Integer> edges = new HashMap<>();
        List<String> ends = new ArrayList<>();
        ends.add(null);
        for (String t : terms) {
            int node = 0;
            for (int i = 0; i < t.length(); i++) {
                Integer to = edges.get(edge(node, t.charAt(i)));
                if (to == null) {
                    to = ends.size();
                    ends.add(null);
                    edges.put(edge(node, t.charAt(i)), to);
                }
                node = to;
            }
            if (node != 0) ends.set(node, t);
        }
        int nodes = ends.size();
        termAt = ends.toArray(new String[0]);
        int[] degree = new int[nodes];
        for (long e : edges.keySet()) degree[(int) (e >>> 16)]++;
        labels = new char[nodes][];
        targets = new int[nodes][];
        for (int n = 0; n < nodes; n++) {
            labels[n] = new char[degree[n]];
            targets[n] = new int[degree[n]];
        }
        long[] sorted = edges.keySet().stream().mapToLong(Long::longValue).sorted().toArray();
        int[] filled = new int[nodes];
        for (long e : sorted) {
            int from = (int) (e >>> 16);
            labels[from][filled[from]] = (char) e;
            targets[from][filled[from]++] = edges.get(e);
        }
    }

    private static long edge(int node, char c) {
        return (long) node << 16 | c;
    }

    /** The node {@code c} leads to from {@code node}, or -1. */
    private int next(int node, char c) {
        int i = Arrays.binarySearch(labels[node], c);
        return i < 0 ? -1 : targets[node][i];
    }

    void find(String s, Found found) {
        int pos = 0;
        while (pos < s.length()) {
            int node = next(0, s.charAt(pos));
            if (node >= 0 && (pos == 0 || !isWordChar(Character.codePointBefore(s, pos)))) {
                String longest = null;
                for (int i = pos + 1; ; i++) {
                    String term = termAt[node];
                    if (term != null && (i == s.length() || !isWordChar(Character.codePointAt(s, i)))) longest = term;
                    if (i == s.length() || (node = next(node, s.charAt(i))) < 0) break;
                }
                if (longest != null) {
                    found.at(pos, longest);
                    pos += longest.length();
                    continue;
                }
            }
            pos++;
        }
    }

    /** {@code [\p{L}\p{N}]}. */
    private static boolean isWordChar(int c) {
        if (Character.isLetter(c)) return true;
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }
}
