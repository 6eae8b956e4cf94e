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
 * <li>only if that found nothing either: the word as a compound of two words of the site
 *     ({@link #split}), each part then searched as a word of its own (exact).</li>
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
            List<String> parts = w.found() || terms == null ? List.of() : split(word, s -> isWord(terms, s));
            if (parts.isEmpty()) {
                if (!w.found() && terms != null && word.length() >= RankingModel.INFLECTED_MIN_LENGTH) w = inflected(word, terms);
                out.add(w);
            } else {
                for (String part : parts) {
                    WordExpansion e = expand(part, false);
                    out.add(new WordExpansion(part, e.stems(), e.surfaces(), word));
                }
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
     * A compound of two words of the site, longest first part first: a head and a rest of
     * {@value CompoundDictionary#MIN_PART}+ characters each, the rest without a linking s when
     * that is what the site uses (drugsgeldstromen → drugs, geldstromen; havenbeveiliging →
     * haven, beveiliging). Empty when there is none. search.js splits the same way.
     */
    static List<String> split(String word, java.util.function.Predicate<String> isWord) {
        int min = CompoundDictionary.MIN_PART;
        for (int i = word.length() - min; i >= min; i--) {
            String head = word.substring(0, i);
            if (!isWord.test(head)) continue;
            String rest = word.substring(i);
            if (isWord.test(rest)) return List.of(head, rest);
            if (rest.charAt(0) == 's' && rest.length() > min && isWord.test(rest.substring(1))) return List.of(head, rest.substring(1));
        }
        return List.of();
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
