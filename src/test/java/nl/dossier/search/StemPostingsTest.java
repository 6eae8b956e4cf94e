package nl.dossier.search;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every stem's postings on the real site's index: Lucene's own scores, however the stems are split over the cores. */
class StemPostingsTest {
    @Test
    void thePostingsDoNotDependOnHowTheStemsAreSplitAndAreLucenesScores() throws Exception {
        try (FSDirectory dir = FSDirectory.open(BuiltSite.index()); DirectoryReader reader = DirectoryReader.open(dir)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            Map<String, StemPostings.Postings> oneBlock = StemPostings.compute(searcher, reader, Integer.MAX_VALUE);
            Map<String, StemPostings.Postings> smallBlocks = StemPostings.compute(searcher, reader, 7);
            assertTrue(oneBlock.size() > 1000, "the real site has thousands of stems: " + oneBlock.size());
            assertEquals(oneBlock.keySet(), smallBlocks.keySet());
            oneBlock.forEach((stem, p) -> {
                assertArrayEquals(p.docs(), smallBlocks.get(stem).docs(), stem);
                assertArrayEquals(p.impacts(), smallBlocks.get(stem).impacts(), stem);
            });
            // Spot checks against a plain Lucene search for the same query.
            for (String stem : new String[] {"drug", "douan", "ondermijn"}) {
                StemPostings.Postings p = oneBlock.get(stem);
                ScoreDoc[] hits = searcher.search(RankingModel.stemQuery(stem), reader.maxDoc()).scoreDocs;
                assertEquals(hits.length, p.size(), stem);
                for (ScoreDoc hit : hits) {
                    int i = java.util.Arrays.binarySearch(p.docs(), hit.doc);
                    assertEquals(Math.max(1, Math.round(hit.score * RankingModel.IMPACT_SCALE)), p.impacts()[i], stem + " in section " + hit.doc);
                }
            }
        }
    }
}
