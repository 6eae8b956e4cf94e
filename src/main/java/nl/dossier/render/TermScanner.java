package nl.dossier.render;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds glossary terms in text as whole words: not preceded or followed by a letter or digit,
 * leftmost first, the longest term at a place first. That is what the regular expression
 * {@code (?<![\p{L}\p{N}])(longest|…|shortest)(?![\p{L}\p{N}])} finds, without trying every
 * term at every character: only places whose character starts some term are looked at. The
 * expression was the largest cost of parsing a page (measured with async-profiler).
 */
final class TermScanner {
    interface Found {
        void at(int start, String term);
    }

    /** Terms by their first character, longest first, then in natural order. */
    private final Map<Character, List<String>> byFirst = new HashMap<>();

    TermScanner(Collection<String> terms) {
        List<String> sorted = new ArrayList<>(terms);
        sorted.removeIf(String::isEmpty);
        sorted.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        for (String t : sorted) byFirst.computeIfAbsent(t.charAt(0), k -> new ArrayList<>()).add(t);
    }

    void find(String s, Found found) {
        int pos = 0;
        scan:
        while (pos < s.length()) {
            List<String> candidates = byFirst.get(s.charAt(pos));
            if (candidates != null && (pos == 0 || !isWordChar(Character.codePointBefore(s, pos)))) {
                for (String term : candidates) {
                    int end = pos + term.length();
                    if (s.startsWith(term, pos) && (end == s.length() || !isWordChar(Character.codePointAt(s, end)))) {
                        found.at(pos, term);
                        pos = end;
                        continue scan;
                    }
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
