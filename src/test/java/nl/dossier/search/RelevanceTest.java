package nl.dossier.search;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The relevance set over the Lucene engine that `dossier search` uses. */
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
}
