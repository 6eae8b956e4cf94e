package nl.dossier.search;

import java.util.List;
import java.util.Map;

/**
 * Success@1, success@3, MRR and nDCG@5 of one engine's ranked section addresses against graded
 * judgements (grades in {@code src/test/resources/search/questions.tsv}: 3 best answer, 2 answers
 * well, 1 related). Rankings are cut at {@value #SHOWN}, what the search page shows at first.
 *
 * <ul>
 *   <li>success@k: 1 if one of the first k has a grade of at least {@value #RELEVANT}, else 0;</li>
 *   <li>reciprocal rank: 1 / the rank of the first such section, 0 if none is shown (MRR is its mean);</li>
 *   <li>nDCG@5: DCG of the first five, gain = grade, discount log2(rank + 1), divided by the DCG of
 *       the judgements in the best possible order.</li>
 * </ul>
 * A query the site does not answer (no judgements) scores 1 on every metric when the engine shows
 * no result, else 0: the reader is then not sent to a page that does not answer.
 */
final class RelevanceMetrics {
    /** The lowest grade that counts as found for success@k and MRR: "related" alone is not an answer. */
    static final int RELEVANT = 2;
    static final int SHOWN = 10;
    static final int NDCG_DEPTH = 5;

    private RelevanceMetrics() {
    }

    /** A query with the grade of each judged section (address → 1..3); none if the site does not answer it. */
    record Judged(String query, String pattern, Map<String, Integer> grades) {
        boolean answerable() {
            return !grades.isEmpty();
        }

        int grade(String url) {
            return grades.getOrDefault(url, 0);
        }
    }

    record Scores(double success1, double success3, double reciprocalRank, double ndcg5) {
    }

    static Scores score(Judged q, List<String> ranked) {
        List<String> shown = ranked.subList(0, Math.min(SHOWN, ranked.size()));
        if (!q.answerable()) {
            double empty = shown.isEmpty() ? 1 : 0;
            return new Scores(empty, empty, empty, empty);
        }
        int first = firstRelevant(q, shown);
        return new Scores(first == 1 ? 1 : 0, first >= 1 && first <= 3 ? 1 : 0, first == 0 ? 0 : 1.0 / first, ndcg(q, shown));
    }

    /** The 1-based rank of the first shown section graded {@value #RELEVANT} or more, 0 if none. */
    static int firstRelevant(Judged q, List<String> ranked) {
        for (int i = 0; i < Math.min(SHOWN, ranked.size()); i++) {
            if (q.grade(ranked.get(i)) >= RELEVANT) return i + 1;
        }
        return 0;
    }

    static double ndcg(Judged q, List<String> ranked) {
        double dcg = 0;
        for (int i = 0; i < Math.min(NDCG_DEPTH, ranked.size()); i++) dcg += q.grade(ranked.get(i)) / log2(i + 2);
        List<Integer> ideal = q.grades().values().stream().sorted((a, b) -> b - a).toList();
        double best = 0;
        for (int i = 0; i < Math.min(NDCG_DEPTH, ideal.size()); i++) best += ideal.get(i) / log2(i + 2);
        return dcg / best;
    }

    static Scores mean(List<Scores> all) {
        if (all.isEmpty()) return new Scores(0, 0, 0, 0);
        double s1 = 0, s3 = 0, rr = 0, n = 0;
        for (Scores s : all) {
            s1 += s.success1();
            s3 += s.success3();
            rr += s.reciprocalRank();
            n += s.ndcg5();
        }
        int k = all.size();
        return new Scores(s1 / k, s3 / k, rr / k, n / k);
    }

    private static double log2(int x) {
        return Math.log(x) / Math.log(2);
    }
}
