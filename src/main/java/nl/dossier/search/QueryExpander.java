package nl.dossier.search;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns query words into index stems through the site's vocabulary (the {@code surface} field:
 * every word form the site uses). search.js does the same with the exported vocabulary:
 * <ol>
 * <li>the word itself, if the site uses it (factor {@link RankingModel#EXACT});</li>
 * <li>for the last word, unless the query ends in a space or punctuation: the
 *     {@value RankingModel#MAX_PREFIX_EXPANSIONS} most frequent words that start with it
 *     ({@link RankingModel#PREFIX});</li>
 * <li>only if neither found anything, and the word has {@value RankingModel#FUZZY_MIN_LENGTH}+
 *     characters: every word one edit away (insert, delete, replace, swap two neighbours) that
 *     starts with the same {@value RankingModel#FUZZY_PREFIX} characters ({@link RankingModel#FUZZY});</li>
 * <li>only if that found nothing either: the word as a compound of parts the site knows, by
 *     word or by stem ({@link #split}), each part then searched as a word of its own (exact).</li>
 * </ol>
 */
public final class QueryExpander {
    private final IndexReader reader;

    public QueryExpander(IndexReader reader) {
        this.reader = reader;
    }

    /** Whether the last word is still being typed: the query ends in a word character. */
    public static boolean lastWordIsPrefix(String query) {
        if (query.isEmpty()) return false;
        int last = query.codePointBefore(query.length());
        return DutchAnalysis.WORD.matcher(new String(Character.toChars(last))).matches();
    }

    public List<WordExpansion> expand(String query) throws IOException {
        DutchAnalysis.QueryWords q = DutchAnalysis.query(query);
        List<String> words = q.words();
        boolean prefix = lastWordIsPrefix(query) && q.endsWithLast();
        List<WordExpansion> out = new ArrayList<>();
        Terms terms = MultiTerms.getTerms(reader, SearchIndexer.SURFACE);
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            WordExpansion w = expand(word, prefix && i == words.size() - 1);
            List<WordExpansion> parts = w.found() || terms == null ? List.of() : split(word, terms);
            if (parts.isEmpty()) {
                if (!w.found() && terms != null && word.length() >= RankingModel.INFLECTED_MIN_LENGTH) w = inflected(word, terms);
                out.add(w);
            } else {
                out.addAll(parts);
            }
        }
        return out;
    }

    /**
     * Last resort for a word nothing else found: the site's words that end differently in its last
     * two letters, with one to four letters instead (bedreigen → bedreiging), the most frequent
     * {@value RankingModel#MAX_PREFIX_EXPANSIONS}, at the typo factor: another form of the same
     * word, as far as the letters tell. Not a completion: cameradr finds neither camera nor cameradrones.
     */
    private WordExpansion inflected(String word, Terms terms) throws IOException {
        Map<String, Float> stems = new LinkedHashMap<>();
        Set<String> surfaces = new LinkedHashSet<>();
        List<Candidate> found = new ArrayList<>(withPrefix(terms.iterator(), word.substring(0, word.length() - 2)));
        found.removeIf(c -> c.surface().length() < word.length() - 1 || c.surface().length() > word.length() + 2);
        found.sort(Comparator.comparingInt(Candidate::df).reversed().thenComparing(Candidate::surface));
        for (Candidate c : found.subList(0, Math.min(RankingModel.MAX_PREFIX_EXPANSIONS, found.size()))) {
            add(stems, surfaces, c.surface(), RankingModel.FUZZY);
        }
        return new WordExpansion(word, stems, surfaces);
    }

    private static boolean isWord(Terms terms, String s) {
        try {
            return terms.iterator().seekExact(new BytesRef(s));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * A word nothing found, as a compound of parts the site knows: each part of
     * {@value CompoundDictionary#MIN_PART}+ characters is a word of the site or, from
     * {@value RankingModel#STEM_PART_MIN_LENGTH} characters, has the stem of one (kroongetuige ← kroongetuigen), and a Dutch linking morpheme (s, e, en) may stand between two
     * parts (drugsgeldstromen → drugs, geldstromen). Of the splits into two or more parts that
     * cover the whole word, the one with the fewest parts, then the longest first part, then the
     * shortest link. Each part is searched by its stem (exact). Empty when there is none. The word
     * has at most {@value DutchAnalysis#MAX_WORD_LENGTH} characters, so the parts tried are bounded.
     * search.js splits the same way.
     */
    List<WordExpansion> split(String word, Terms terms) throws IOException {
        int n = word.length(), min = CompoundDictionary.MIN_PART;
        if (n < 2 * min) return List.of();
        Map<String, WordExpansion> known = new java.util.HashMap<>();
        int[] dist = new int[n + 1];
        java.util.Arrays.fill(dist, Integer.MAX_VALUE);
        dist[n] = 0;
        for (int i = n - min; i >= 0; i--) {
            for (int j = i + min; j <= n; j++) {
                if (i == 0 && j == n) continue;
                for (int next : links(word, j)) {
                    if (dist[next] == Integer.MAX_VALUE || dist[next] + 1 >= dist[i]) continue;
                    if (part(word.substring(i, j), terms, known) != null) dist[i] = dist[next] + 1;
                }
            }
        }
        if (dist[0] == Integer.MAX_VALUE) return List.of();
        List<WordExpansion> out = new ArrayList<>();
        for (int i = 0; i < n; ) {
            int at = i;
            search:
            for (int j = n; j >= at + min; j--) {
                if (at == 0 && j == n) continue;
                for (int next : links(word, j)) {
                    if (dist[next] != dist[at] - 1) continue;
                    WordExpansion e = part(word.substring(at, j), terms, known);
                    if (e == null) continue;
                    out.add(new WordExpansion(e.word(), e.stems(), e.surfaces(), word));
                    i = next;
                    break search;
                }
            }
        }
        return out;
    }

    /** Where the next part may start after a part that ends at j: at once, or after s, e or en. */
    private static int[] links(String word, int j) {
        int n = word.length();
        if (j == n) return new int[] {n};
        char c = word.charAt(j);
        boolean en = word.startsWith("en", j) && j + 2 < n;
        if (c == 's') return new int[] {j, j + 1};
        if (c == 'e') return en ? new int[] {j, j + 1, j + 2} : new int[] {j, j + 1};
        return new int[] {j};
    }

    /**
     * A part the site knows: the site's word itself, or, for a part of
     * {@value RankingModel#STEM_PART_MIN_LENGTH}+ characters, the site's words with its stem that start
     * with that stem (or with it before Snowball halved a double vowel: straten → strat ← straat),
     * exact. Null when the site has neither.
     */
    private WordExpansion part(String part, Terms terms, Map<String, WordExpansion> known) throws IOException {
        if (known.containsKey(part)) return known.get(part);
        WordExpansion e = null;
        if (isWord(terms, part)) {
            e = expand(part, false);
        } else if (part.length() >= RankingModel.STEM_PART_MIN_LENGTH) {
            String stem = DutchAnalysis.stem(part);
            Map<String, Float> stems = new LinkedHashMap<>();
            Set<String> surfaces = new java.util.TreeSet<>();
            for (String prefix : stemPrefixes(stem)) {
                for (Candidate c : withPrefix(terms.iterator(), prefix)) {
                    if (DutchAnalysis.stem(c.surface()).equals(stem)) surfaces.add(c.surface());
                }
            }
            if (!surfaces.isEmpty()) {
                stems.put(stem, RankingModel.EXACT);
                e = new WordExpansion(part, stems, new LinkedHashSet<>(surfaces));
            }
        }
        known.put(part, e);
        return e;
    }

    /** The prefixes the site's words with this stem start with, as far as the stemmer's rules tell. */
    static List<String> stemPrefixes(String stem) {
        int m = stem.length();
        if (m >= 3 && "aeou".indexOf(stem.charAt(m - 2)) >= 0 && "aeiouy".indexOf(stem.charAt(m - 1)) < 0
                && "aeiouy".indexOf(stem.charAt(m - 3)) < 0) {
            return List.of(stem, stem.substring(0, m - 1) + stem.substring(m - 2));
        }
        return List.of(stem);
    }

    private record Candidate(String surface, int df) {
    }

    WordExpansion expand(String word, boolean prefix) throws IOException {
        Map<String, Float> stems = new LinkedHashMap<>();
        Set<String> surfaces = new LinkedHashSet<>();
        Terms terms = MultiTerms.getTerms(reader, SearchIndexer.SURFACE);
        if (terms == null) return new WordExpansion(word, stems, surfaces);
        TermsEnum te = terms.iterator();
        boolean exact = te.seekExact(new BytesRef(word));
        if (exact) add(stems, surfaces, word, RankingModel.EXACT);
        boolean completed = false;
        if (prefix) {
            List<Candidate> completions = new ArrayList<>();
            for (Candidate c : withPrefix(te, word)) if (!c.surface().equals(word)) completions.add(c);
            completions.sort(Comparator.comparingInt(Candidate::df).reversed().thenComparing(Candidate::surface));
            for (Candidate c : completions.subList(0, Math.min(RankingModel.MAX_PREFIX_EXPANSIONS, completions.size()))) {
                add(stems, surfaces, c.surface(), RankingModel.PREFIX);
                completed = true;
            }
        }
        if (!exact && !completed && word.length() >= RankingModel.FUZZY_MIN_LENGTH) {
            for (Candidate c : withPrefix(te, word.substring(0, RankingModel.FUZZY_PREFIX))) {
                if (withinOneEdit(word, c.surface())) add(stems, surfaces, c.surface(), RankingModel.FUZZY);
            }
        }
        return new WordExpansion(word, stems, surfaces);
    }

    private static void add(Map<String, Float> stems, Set<String> surfaces, String surface, float factor) {
        surfaces.add(surface);
        stems.merge(DutchAnalysis.stem(surface), factor, Math::max);
    }

    private static List<Candidate> withPrefix(TermsEnum te, String prefix) throws IOException {
        List<Candidate> out = new ArrayList<>();
        if (te.seekCeil(new BytesRef(prefix)) == TermsEnum.SeekStatus.END) return out;
        do {
            String s = te.term().utf8ToString();
            if (!s.startsWith(prefix)) break;
            out.add(new Candidate(s, te.docFreq()));
        } while (te.next() != null);
        return out;
    }

    /** Optimal string alignment distance ≤ 1, on UTF-16 units (as in JavaScript). */
    static boolean withinOneEdit(String a, String b) {
        if (a.equals(b)) return true;
        int la = a.length(), lb = b.length();
        if (Math.abs(la - lb) > 1) return false;
        int i = 0;
        while (i < Math.min(la, lb) && a.charAt(i) == b.charAt(i)) i++;
        if (la == lb) {
            if (a.substring(i + 1).equals(b.substring(i + 1))) return true;
            return i + 1 < la && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                    && a.substring(i + 2).equals(b.substring(i + 2));
        }
        return la > lb ? a.substring(i + 1).equals(b.substring(i)) : b.substring(i + 1).equals(a.substring(i));
    }
}
