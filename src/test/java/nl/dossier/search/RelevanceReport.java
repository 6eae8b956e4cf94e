package nl.dossier.search;

import nl.dossier.model.Json;
import nl.dossier.search.RelevanceMetrics.Judged;
import nl.dossier.search.RelevanceMetrics.Scores;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The relevance sets' figures for one engine, written to {@code bench/results/} as JSON with one
 * query a line and figures rounded to four places, so that the same ranking writes the same file
 * and a change of ranking shows as a diff of the queries it moved.
 */
final class RelevanceReport {
    static final String DEFINITIONS = "first " + RelevanceMetrics.SHOWN + " results per query; success@k and MRR count a section of grade "
            + RelevanceMetrics.RELEVANT + " or 3; nDCG@" + RelevanceMetrics.NDCG_DEPTH + " gain = grade, discount log2(rank + 1);"
            + " a no-answer query scores 1 only when no result is shown; firstRelevant null = none in the first " + RelevanceMetrics.SHOWN;

    private RelevanceReport() {
    }

    /** One set's queries with the addresses one engine ranked for each, best first. */
    record Run(String set, List<Judged> queries, List<List<String>> rankings) {
        static Run of(String set, List<Judged> queries, Function<String, List<String>> engine) {
            return new Run(set, queries, queries.stream().map(q -> engine.apply(q.query())).toList());
        }

        Scores mean() {
            List<Scores> all = new ArrayList<>();
            for (int i = 0; i < queries.size(); i++) all.add(RelevanceMetrics.score(queries.get(i), rankings.get(i)));
            return RelevanceMetrics.mean(all);
        }

        /** The queries whose first three results hold no section of grade 2 or 3 (for an unanswerable one: any result). */
        List<String> missedInTopThree() {
            List<String> out = new ArrayList<>();
            for (int i = 0; i < queries.size(); i++) {
                if (RelevanceMetrics.score(queries.get(i), rankings.get(i)).success3() == 0) {
                    out.add(queries.get(i).query() + " [" + queries.get(i).pattern() + "] → " + top(rankings.get(i), 3));
                }
            }
            return out;
        }
    }

    /** Writes {@code bench/results/<file>} for the engine and returns its path. */
    static Path write(String file, String engine, List<Run> runs) throws IOException {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("engine", engine);
        report.put("definitions", DEFINITIONS);
        List<Object> sets = new ArrayList<>();
        for (Run run : runs) sets.add(set(run));
        report.put("sets", sets);
        StringBuilder sb = new StringBuilder();
        pretty(sb, report, 0);
        Path out = Path.of(System.getProperty("dossier.root", "")).toAbsolutePath().resolve("bench/results").resolve(file);
        Files.createDirectories(out.getParent());
        Files.writeString(out, sb.append('\n').toString(), StandardCharsets.UTF_8);
        return out;
    }

    private static Map<String, Object> set(Run run) {
        Map<String, Object> set = new LinkedHashMap<>();
        set.put("set", run.set());
        set.put("queries", run.queries().size());
        set.put("noAnswer", run.queries().stream().filter(q -> !q.answerable()).count());
        figures(set, run.mean());
        Map<String, List<Scores>> byPattern = new TreeMap<>();
        List<Object> perQuery = new ArrayList<>();
        for (int i = 0; i < run.queries().size(); i++) {
            Judged q = run.queries().get(i);
            List<String> ranked = run.rankings().get(i);
            Scores s = RelevanceMetrics.score(q, ranked);
            byPattern.computeIfAbsent(q.pattern(), k -> new ArrayList<>()).add(s);
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("query", q.query());
            one.put("pattern", q.pattern());
            int first = RelevanceMetrics.firstRelevant(q, ranked);
            one.put("firstRelevant", first == 0 ? null : first);
            one.put("ndcg@5", round(s.ndcg5()));
            one.put("shown", Math.min(RelevanceMetrics.SHOWN, ranked.size()));
            List<String> top5 = top(ranked, 5);
            one.put("top5", top5);
            one.put("grades", top5.stream().map(q::grade).toList());
            perQuery.add(one);
        }
        if (byPattern.size() > 1) {
            Map<String, Object> patterns = new LinkedHashMap<>();
            byPattern.forEach((pattern, scores) -> {
                Map<String, Object> p = new LinkedHashMap<>();
                p.put("queries", scores.size());
                figures(p, RelevanceMetrics.mean(scores));
                patterns.put(pattern, p);
            });
            set.put("byPattern", patterns);
        }
        set.put("perQuery", perQuery);
        return set;
    }

    private static void figures(Map<String, Object> into, Scores s) {
        into.put("success@1", round(s.success1()));
        into.put("success@3", round(s.success3()));
        into.put("mrr", round(s.reciprocalRank()));
        into.put("ndcg@5", round(s.ndcg5()));
    }

    private static List<String> top(List<String> ranked, int n) {
        return ranked.subList(0, Math.min(n, ranked.size()));
    }

    private static BigDecimal round(double x) {
        return BigDecimal.valueOf(x).setScale(4, RoundingMode.HALF_EVEN);
    }

    /** Objects and lists down to a set's per-query list on lines of their own; a query's entry on one line. */
    private static void pretty(StringBuilder sb, Object v, int depth) {
        if (depth > 3 || !(v instanceof Map<?, ?> || v instanceof List<?>)) {
            sb.append(Json.write(v));
            return;
        }
        String indent = "  ".repeat(depth + 1);
        List<?> items = v instanceof Map<?, ?> m ? new ArrayList<>(m.entrySet()) : (List<?>) v;
        sb.append(v instanceof Map ? '{' : '[').append('\n');
        for (int i = 0; i < items.size(); i++) {
            sb.append(indent);
            Object item = items.get(i);
            if (item instanceof Map.Entry<?, ?> e) {
                sb.append(Json.write(e.getKey().toString())).append(": ");
                item = e.getValue();
            }
            pretty(sb, item, depth + 1);
            sb.append(i + 1 < items.size() ? ",\n" : "\n");
        }
        sb.append("  ".repeat(depth)).append(v instanceof Map ? '}' : ']');
    }
}
