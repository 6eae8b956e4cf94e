package nl.dossier.search;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The relevance sets over the Lucene engine that `dossier search` uses: the known-item set must
 * keep every expected section in the top 3; both sets' figures go to bench/results/relevance.json
 * (the questions set's are recorded, not asserted: they are what ranking work is measured by).
 */
class RelevanceTest {
    private static SearchEngine engine;

    @BeforeAll
    static void open() throws Exception {
        engine = new SearchEngine(BuiltSite.index());
    }

    @AfterAll
    static void close() throws Exception {
        engine.close();
    }

    @Test
    void everyQueryFindsItsSectionInTheTopThree() throws Exception {
        List<BuiltSite.Query> set = BuiltSite.relevanceSet();
        assertTrue(set.size() >= 30, "at least 30 queries, found " + set.size());
        List<String> failures = new ArrayList<>();
        for (BuiltSite.Query q : set) {
            List<String> top = engine.search(q.query(), 3).stream().map(SearchHit::url).toList();
            if (!top.contains(q.expected())) failures.add(q.query() + " → " + top + ", expected " + q.expected());
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void everyJudgedSectionIsASectionOfTheSite() throws Exception {
        Set<String> sections = new HashSet<>();
        StoredFields stored = engine.searcher().storedFields();
        for (int doc = 0; doc < engine.reader().maxDoc(); doc++) {
            Document d = stored.document(doc, Set.of(SearchIndexer.URL));
            sections.add(d.get(SearchIndexer.URL));
        }
        List<RelevanceMetrics.Judged> questions = BuiltSite.questionSet();
        assertTrue(questions.size() >= 45, "at least 45 questions, found " + questions.size());
        assertTrue(questions.stream().filter(q -> !q.answerable()).count() >= 5, "at least 5 questions without an answer");
        List<String> unknown = new ArrayList<>();
        List<RelevanceMetrics.Judged> heldOut = BuiltSite.heldOutSet();
        assertTrue(heldOut.size() >= 25, "at least 25 held-out questions, found " + heldOut.size());
        List<RelevanceMetrics.Judged> judged = new ArrayList<>();
        for (String set : BuiltSite.GRADED_SETS) judged.addAll(BuiltSite.judgedSet(set));
        for (RelevanceMetrics.Judged q : judged) {
            for (String url : q.grades().keySet()) if (!sections.contains(url)) unknown.add(q.query() + ": " + url);
        }
        for (BuiltSite.Query q : BuiltSite.relevanceSet()) if (!sections.contains(q.expected())) unknown.add(q.query() + ": " + q.expected());
        assertTrue(unknown.isEmpty(), "judged sections that the index does not have:\n" + String.join("\n", unknown));
    }

    @Test
    void reportsEverySet() throws Exception {
        List<RelevanceReport.Run> runs = new ArrayList<>();
        runs.add(RelevanceReport.Run.of("relevance.tsv", BuiltSite.judgedRelevanceSet(), RelevanceTest::ranked));
        for (String set : BuiltSite.GRADED_SETS) runs.add(RelevanceReport.Run.of(set, BuiltSite.judgedSet(set), RelevanceTest::ranked));
        RelevanceReport.write("relevance.json", "dossier search (Lucene)", runs);
        // The floor: every known-item query keeps its section in the top 3.
        assertEquals(1.0, runs.get(0).mean().success3(), String.join("\n", runs.get(0).missedInTopThree()));
    }

    static List<String> ranked(String query) {
        try {
            return engine.search(query, RelevanceMetrics.SHOWN).stream().map(SearchHit::url).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
