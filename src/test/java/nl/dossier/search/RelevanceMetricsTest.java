package nl.dossier.search;

import nl.dossier.search.RelevanceMetrics.Judged;
import nl.dossier.search.RelevanceMetrics.Scores;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The metrics on small rankings whose values were worked out by hand (log2 3 = 1.58496, log2 6 = 2.58496). */
class RelevanceMetricsTest {
    private static final double EPS = 1e-4;
    private static final Judged GRADED = new Judged("q", "synonym", Map.of("a", 3, "b", 2, "c", 1));

    @Test
    void aGradeTwoHitAtRankTwo() {
        // DCG@5 = 0 + 2/log2 3 + 3/log2 4 + 0 + 1/log2 6 = 1.26186 + 1.5 + 0.38685 = 3.14871
        // ideal = 3/1 + 2/log2 3 + 1/log2 4 = 3 + 1.26186 + 0.5 = 4.76186; nDCG@5 = 0.66124
        Scores s = RelevanceMetrics.score(GRADED, List.of("x", "b", "a", "y", "c"));
        assertEquals(0, s.success1());
        assertEquals(1, s.success3());
        assertEquals(0.5, s.reciprocalRank(), EPS);
        assertEquals(0.66124, s.ndcg5(), EPS);
        assertEquals(2, RelevanceMetrics.firstRelevant(GRADED, List.of("x", "b", "a", "y", "c")));
    }

    @Test
    void theIdealOrderScoresOne() {
        Scores s = RelevanceMetrics.score(GRADED, List.of("a", "b", "c", "x"));
        assertEquals(new Scores(1, 1, 1, 1), round(s));
    }

    @Test
    void aRelatedHitOnTopIsNoSuccessAndARelevantOneBeyondTheShownTenCountsNothing() {
        Judged q = new Judged("q", "compound", Map.of("a", 3, "c", 1));
        List<String> ranked = List.of("c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "a");
        // DCG@5 = 1/log2 2 = 1; ideal = 3 + 1/log2 3 = 3.63093; nDCG@5 = 0.27541
        Scores s = RelevanceMetrics.score(q, ranked);
        assertEquals(0, s.success1());
        assertEquals(0, s.success3());
        assertEquals(0, s.reciprocalRank());
        assertEquals(0.27541, s.ndcg5(), EPS);
        assertEquals(0, RelevanceMetrics.firstRelevant(q, ranked));
    }

    @Test
    void aQueryWithoutAnswerScoresOnlyWhenNothingIsShown() {
        Judged none = new Judged("q", "no-answer", Map.of());
        assertEquals(new Scores(1, 1, 1, 1), RelevanceMetrics.score(none, List.of()));
        assertEquals(new Scores(0, 0, 0, 0), RelevanceMetrics.score(none, List.of("a")));
    }

    @Test
    void theMeanOverQueries() {
        Scores mean = RelevanceMetrics.mean(List.of(
                RelevanceMetrics.score(GRADED, List.of("x", "b", "a", "y", "c")),
                RelevanceMetrics.score(new Judged("q", "compound", Map.of("a", 3, "c", 1)), List.of("c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "a")),
                RelevanceMetrics.score(new Judged("q", "no-answer", Map.of()), List.of())));
        // success@1 (0 + 0 + 1) / 3, success@3 (1 + 0 + 1) / 3, MRR (0.5 + 0 + 1) / 3,
        // nDCG@5 (0.66124 + 0.27541 + 1) / 3 = 0.64555
        assertEquals(0.33333, mean.success1(), EPS);
        assertEquals(0.66667, mean.success3(), EPS);
        assertEquals(0.5, mean.reciprocalRank(), EPS);
        assertEquals(0.64555, mean.ndcg5(), EPS);
    }

    private static Scores round(Scores s) {
        return new Scores(r(s.success1()), r(s.success3()), r(s.reciprocalRank()), r(s.ndcg5()));
    }

    private static double r(double x) {
        return Math.round(x * 1e9) / 1e9;
    }
}
