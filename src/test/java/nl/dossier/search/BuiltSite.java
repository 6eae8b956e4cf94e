package nl.dossier.search;

import nl.dossier.TestFiles;
import nl.dossier.build.Progress;
import nl.dossier.build.Pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The real site, built once per test run into a temporary folder: the site and its search index. */
final class BuiltSite {
    private static Path site;

    private BuiltSite() {
    }

    static synchronized Path site() {
        if (site == null) {
            try {
                Path root = Path.of(System.getProperty("dossier.root", "")).toAbsolutePath();
                Path out = TestFiles.temporaryFolder("dossier-search-test").resolve("site");
                Pipeline.once(root).build(out, Progress.quiet());
                site = out;
            } catch (Exception e) {
                throw new IllegalStateException("cannot build the site for the search tests", e);
            }
        }
        return site;
    }

    static Path index() {
        return Pipeline.indexFolder(site());
    }

    record Query(String query, String expected) {
    }

    /** The relevance set: query → the section that must be in the top 3. */
    static List<Query> relevanceSet() {
        List<Query> out = new ArrayList<>();
        for (String line : lines("relevance.tsv")) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] parts = line.split("\t");
            out.add(new Query(parts[0], parts[1]));
        }
        return out;
    }

    /** The relevance set as graded judgements: its one section per query is the best answer. */
    static List<RelevanceMetrics.Judged> judgedRelevanceSet() {
        return relevanceSet().stream().map(q -> new RelevanceMetrics.Judged(q.query(), "text-term", Map.of(q.expected(), 3))).toList();
    }

    private static final Set<String> PATTERNS = Set.of("synonym", "compound", "question", "misspelling", "abbreviation", "no-answer");

    /** The questions set (questions.tsv, whose header explains the format), read strictly: a mistake names its line. */
    static List<RelevanceMetrics.Judged> questionSet() {
        return judgedSet("questions.tsv");
    }

    /** The held-out questions (held-out.tsv, same format): reported, never tuned on. */
    static List<RelevanceMetrics.Judged> heldOutSet() {
        return judgedSet("held-out.tsv");
    }

    /**
     * The graded sets reported beside relevance.tsv, in this order: the questions tuned on, the
     * held-out ones, and two written by independent evaluators from the page text alone (their
     * headers say what the engine's authors saw of them).
     */
    static final List<String> GRADED_SETS = List.of("questions.tsv", "held-out.tsv", "independent-a.tsv", "independent-b.tsv");

    static List<RelevanceMetrics.Judged> judgedSet(String file) {
        List<RelevanceMetrics.Judged> out = new ArrayList<>();
        List<String> lines = lines(file);
        for (int n = 1; n <= lines.size(); n++) {
            String line = lines.get(n - 1);
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] parts = line.split("\t", -1);
            String where = file + ":" + n + ": ";
            if (parts.length != 3) throw new IllegalArgumentException(where + "expected query, pattern and judgements, tab-separated");
            if (!PATTERNS.contains(parts[1])) throw new IllegalArgumentException(where + "unknown pattern " + parts[1]);
            Map<String, Integer> grades = new LinkedHashMap<>();
            if (!parts[2].equals("-")) {
                for (String judgement : parts[2].split(" ")) {
                    int eq = judgement.lastIndexOf('=');
                    String grade = eq < 0 ? "" : judgement.substring(eq + 1);
                    if (!grade.matches("[123]")) throw new IllegalArgumentException(where + "expected URL=1, 2 or 3: " + judgement);
                    if (grades.put(judgement.substring(0, eq), Integer.parseInt(grade)) != null) {
                        throw new IllegalArgumentException(where + "judged twice: " + judgement);
                    }
                }
            }
            boolean noAnswer = parts[1].equals("no-answer");
            if (noAnswer != grades.isEmpty()) throw new IllegalArgumentException(where + "judgements are \"-\" exactly for no-answer queries");
            if (!noAnswer && grades.values().stream().noneMatch(g -> g >= RelevanceMetrics.RELEVANT)) {
                throw new IllegalArgumentException(where + "an answerable query needs a section of grade " + RelevanceMetrics.RELEVANT + " or 3");
            }
            out.add(new RelevanceMetrics.Judged(parts[0], parts[1], grades));
        }
        return out;
    }

    private static List<String> lines(String name) {
        try {
            Path file = Path.of(System.getProperty("dossier.root", "")).resolve("src/test/resources/search").resolve(name);
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
