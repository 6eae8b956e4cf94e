package nl.dossier.search;

import org.apache.lucene.analysis.CharArraySet;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The words compounds are split into, derived from the site's own text (no outside word list):
 * <ul>
 * <li>every word of {@value #MIN_PART}+ letters that occurs on its own (smokkel, drugs, getuigen);</li>
 * <li>the rest of a compound that starts with such a word, after an optional linking s:
 *     drugshonden = drugs + honden, so honden is a part even though the text never uses it alone.</li>
 * </ul>
 * Stop words are never parts (they are not in the word list to begin with).
 */
public final class CompoundDictionary {
    static final int MIN_PART = 4;
    static final int MIN_REST = 5;
    static final int MIN_COMPOUND = 8;
    static final int MAX_PART = 30;

    private CompoundDictionary() {
    }

    /** @param texts every text of the site (titles, headings, section text) */
    public static CharArraySet fromTexts(Collection<String> texts) {
        Set<String> standalone = texts.parallelStream()
                .flatMap(text -> DutchAnalysis.surfaceWords(text).stream())
                .collect(Collectors.toCollection(HashSet::new));
        // Filtered once per distinct word, not per occurrence.
        standalone.removeIf(w -> w.length() < MIN_PART || !w.chars().allMatch(Character::isLetter));
        Set<String> words = new TreeSet<>(standalone);
        for (String w : standalone) {
            if (w.length() < MIN_COMPOUND) continue;
            for (int i = MIN_PART; i + MIN_REST <= w.length(); i++) {
                if (!standalone.contains(w.substring(0, i))) continue;
                int restStart = w.charAt(i) == 's' && w.length() - i - 1 >= MIN_REST ? i + 1 : i;
                words.add(w.substring(restStart));
            }
        }
        return CharArraySet.unmodifiableSet(new CharArraySet(words, false));
    }
}
