package nl.dossier.search;

import nl.dossier.TestSites;
import nl.dossier.link.SiteGraph;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Large sites are analysed on every core, small ones on one thread, and the writer may write
 * several segments before merging them: every way must give one segment whose document ids are
 * the sections in reading order, which the browser export relies on.
 */
class ParallelIndexingTest {

    @Test
    void bothWaysGiveOneSegmentInReadingOrder(@TempDir Path tmp) throws Exception {
        SiteGraph graph = TestSites.realSite().graph();
        List<SectionText> sections = new ArrayList<>();
        // The real sections thirty times over: several blocks, analysed on both cores.
        for (int copy = 0; copy < 30; copy++) {
            for (int i = 0; i < graph.pages().size(); i++) {
                for (SectionText s : SectionSplitter.split(graph.pages().get(i), i)) {
                    sections.add(new SectionText(s.page(), s.url() + "-" + copy, s.title(), s.heading(), s.number(), s.summary(), s.text()));
                }
            }
        }
        List<String> expected = sections.stream().map(SectionText::url).toList();
        assertEquals(expected, urlsByDocId(tmp.resolve("one"), sections, Integer.MAX_VALUE, 0));
        assertEquals(expected, urlsByDocId(tmp.resolve("all"), sections, 0, 0));
        // Many segments, merged into one: the merge must keep them in order.
        assertEquals(expected, urlsByDocId(tmp.resolve("merged"), sections, 0, 7));
    }

    private static List<String> urlsByDocId(Path dir, List<SectionText> sections, int parallelFrom, int flushEvery) throws Exception {
        SearchIndexer.write(sections, TestSites.realSite().graph().content().glossary(), dir, parallelFrom, flushEvery);
        try (FSDirectory d = FSDirectory.open(dir); DirectoryReader reader = DirectoryReader.open(d)) {
            assertEquals(1, reader.leaves().size(), "one segment");
            assertTrue(reader.maxDoc() == sections.size());
            StoredFields stored = reader.storedFields();
            List<String> urls = new ArrayList<>();
            for (int doc = 0; doc < reader.maxDoc(); doc++) urls.add(stored.document(doc).get(SearchIndexer.URL));
            return urls;
        }
    }
}
