package nl.dossier.search;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which of a fixed set of phrases (sequences of words) occur in a text, found in one pass over the
 * text's words however many phrases there are (Aho–Corasick, with words as its letters). Looking
 * for each phrase in turn made every section cost time in proportion to the glossary's size.
 * Immutable once built, so shared by threads.
 */
final class PhraseFinder {
    /** Per node: the word that leads on to each child; node 0 is the root, the empty phrase. */
    private final List<Map<String, Integer>> children = new ArrayList<>();
    /** Per node: the longest proper suffix of its phrase that is also a node. */
    private int[] fallback;
    /** Per node: the nearest node along the fallbacks (itself included) where a phrase ends, or -1. */
    private int[] nearestEnd;
    /** Per node: the phrases that end there. */
    private final List<int[]> ends = new ArrayList<>();

    /** @param phrases the phrases, each a non-empty list of words; a phrase's number is its index */
    PhraseFinder(List<List<String>> phrases) {
        node();
        for (int p = 0; p < phrases.size(); p++) {
            int n = 0;
            for (String w : phrases.get(p)) {
                Integer next = children.get(n).get(w);
                if (next == null) {
                    next = node();
                    children.get(n).put(w, next);
                }
                n = next;
            }
            if (n == 0) continue;
            int[] old = ends.get(n);
            int[] grown = java.util.Arrays.copyOf(old, old.length + 1);
            grown[old.length] = p;
            ends.set(n, grown);
        }
        link();
    }

    private int node() {
        children.add(new HashMap<>(2));
        ends.add(new int[0]);
        return children.size() - 1;
    }

    /** Fallbacks and nearest ends, breadth first: a node's fallback is always nearer the root. */
    private void link() {
        int size = children.size();
        fallback = new int[size];
        nearestEnd = new int[size];
        nearestEnd[0] = -1;
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        queue.add(0);
        while (!queue.isEmpty()) {
            int n = queue.poll();
            for (Map.Entry<String, Integer> e : children.get(n).entrySet()) {
                int child = e.getValue();
                fallback[child] = n == 0 ? 0 : step(fallback[n], e.getKey());
                nearestEnd[child] = ends.get(child).length > 0 ? child : nearestEnd[fallback[child]];
                queue.add(child);
            }
        }
    }

    /** The node after reading {@code word} in node {@code n}. */
    private int step(int n, String word) {
        while (true) {
            Integer next = children.get(n).get(word);
            if (next != null) return next;
            if (n == 0) return 0;
            n = fallback[n];
        }
    }

    /** The numbers of the phrases that occur in {@code words}, as consecutive words. */
    BitSet find(List<String> words) {
        BitSet found = new BitSet();
        // A node whose phrases were reported has had those along its fallbacks reported too.
        BitSet reported = new BitSet();
        int n = 0;
        for (String w : words) {
            n = step(n, w);
            for (int e = nearestEnd[n]; e > 0 && !reported.get(e); e = nearestEnd[fallback[e]]) {
                reported.set(e);
                for (int p : ends.get(e)) found.set(p);
            }
        }
        return found;
    }
}
