package nl.dossier.search;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one ranking model, shared by {@code dossier search} (Lucene) and the browser (search.js,
 * which receives these numbers in the exported manifest). See docs/search.md.
 *
 * <pre>
 * impact(stem, section)  = Σ over fields f of BM25_f(stem, section) × FIELD_BOOST[f]
 * word score             = max over the word's expansions (stem, factor) of factor × (COVER × share × w(stem) + impact(stem, section))
 * section score          = Σ over query words of word score
 * w(stem)                = ln(1 + N / df(stem)) / ln(1 + N)     N sections, df(stem) sections with the stem
 * share                  = 1 / the number of parts of the query word it comes from (1 unless split as a compound)
 * </pre>
 * COVER is larger than the impacts, so a section that answers more of the query's words comes
 * first, and BM25 orders sections that cover as much; a word found in nearly every section
 * (aanpak, criminaliteit) covers little.
 * In Lucene: a BooleanQuery (SHOULD) of one DisjunctionMaxQuery per word (tie-breaker 0) of
 * boosted per-stem BooleanQuerys (the stem's field TermQuerys, plus a ConstantScoreQuery of COVER),
 * scored by BM25Similarity (k1 1.2, b 0.75).
 * The export precomputes {@code impact} per stem and section from the same Lucene index, so the
 * browser only adds and takes maxima.
 */
public final class RankingModel {
    /** Fields and their weights: a word in a heading or page title counts more than one in the text. */
    public static final Map<String, Float> FIELD_BOOSTS = fieldBoosts();
    /** Weight of a query word's own form, of a completion of the last word, of a one-typo neighbour. */
    public static final float EXACT = 1.0f;
    public static final float PREFIX = 0.8f;
    public static final float FUZZY = 0.6f;
    /** What matching a query word is worth before its BM25 weight: a word covered beats a word weighted. */
    public static final float COVER = 20.0f;
    /** Completions of the last word considered, most frequent first. */
    public static final int MAX_PREFIX_EXPANSIONS = 20;
    /** Typo tolerance: one edit, on words of this length or more, sharing the first characters. */
    public static final int FUZZY_MIN_LENGTH = 5;
    public static final int FUZZY_PREFIX = 2;
    /** Words this long that nothing else found stand for the site's words that end differently (QueryExpander.inflected). */
    /**
     * Length from which a compound's part counts when only its stem is the site's: a shorter
     * part's stem is ambiguous (have → hav, as in haven; zwaar → zwar, as in zware delicten).
     */
    public static final int STEM_PART_MIN_LENGTH = 6;
    public static final int INFLECTED_MIN_LENGTH = 7;
    /** The best sections that are grouped by page to form the result list. */
    public static final int TOP_SECTIONS = 50;
    /** Impacts are exported as whole numbers of 1/IMPACT_SCALE. */
    public static final int IMPACT_SCALE = 1000;

    private RankingModel() {
    }

    private static Map<String, Float> fieldBoosts() {
        Map<String, Float> m = new LinkedHashMap<>();
        m.put(SearchIndexer.TITLE, 2.0f);
        m.put(SearchIndexer.HEADING, 3.0f);
        m.put(SearchIndexer.TEXT, 1.0f);
        m.put(SearchIndexer.AKA, 0.5f);
        return Map.copyOf(m);
    }

    /** Field order for stable output. */
    static List<String> fields() {
        return List.of(SearchIndexer.TITLE, SearchIndexer.HEADING, SearchIndexer.TEXT, SearchIndexer.AKA);
    }

    /** One stem over all fields: its score on a section is that section's impact. */
    static Query stemQuery(String stem) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (String f : fields()) {
            b.add(new BoostQuery(new TermQuery(new Term(f, stem)), FIELD_BOOSTS.get(f)), BooleanClause.Occur.SHOULD);
        }
        return b.build();
    }

    /** How much of COVER a stem found in df of n sections earns: 1 for a rare stem, little for one in nearly every section. */
    static float coverWeight(int df, int n) {
        return (float) (Math.log(1.0 + (double) n / Math.max(1, df)) / Math.log(1.0 + n));
    }

    static Query query(List<WordExpansion> words, java.util.function.ToIntFunction<String> df, int n) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        Map<String, Integer> parts = new HashMap<>();
        for (WordExpansion w : words) parts.merge(w.query(), 1, Integer::sum);
        for (WordExpansion w : words) {
            if (w.stems().isEmpty()) continue;
            // A compound split into parts is one concept of the query: its parts share its COVER.
            float share = 1f / parts.get(w.query());
            List<Query> alternatives = new ArrayList<>();
            w.stems().forEach((stem, factor) -> {
                Query impact = stemQuery(stem);
                Query covered = new BooleanQuery.Builder()
                        .add(impact, BooleanClause.Occur.SHOULD)
                        .add(new BoostQuery(new ConstantScoreQuery(impact), COVER * share * coverWeight(df.applyAsInt(stem), n)), BooleanClause.Occur.SHOULD)
                        .build();
                alternatives.add(new BoostQuery(covered, factor));
            });
            all.add(new DisjunctionMaxQuery(alternatives, 0f), BooleanClause.Occur.SHOULD);
        }
        return all.build();
    }
}
