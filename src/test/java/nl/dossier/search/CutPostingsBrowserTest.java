package nl.dossier.search;

import nl.dossier.TestFiles;
import nl.dossier.TestSites;
import nl.dossier.link.SiteGraph;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Frequent stems reach the browser cut in two (head in the word shard, tail in {@code r-N.js},
 * {@link PostingHeads}), and search.js must still rank exactly as on the complete postings: from
 * the heads when they decide the query, else after loading the tails. The real site is too small
 * to cut anything, so this test indexes its sections many times over (each copy with a shorter
 * text, so scores differ), exports that index twice into copies of the built site, with small heads
 * and without cuts, and compares the two in Chromium: the same top 10 with the same scores for the
 * relevance queries and frequent words. (That the complete postings rank like {@code dossier
 * search} is {@link BrowserParityTest}'s; the copies here make many exact ties, which the export's
 * rounding orders by index where Lucene's float sums need not.)
 */
class CutPostingsBrowserTest {
    private static final int COPIES = 16;
    /** Above the 50 sections a query shows, so one-word queries can be decided from heads. */
    private static final int HEAD_SIZE = 60;
    private static final List<String> FREQUENT = List.of("drugs", "politie", "criminaliteit", "georganiseerde criminaliteit",
            "drugs politie", "aanpak", "nederland", "drug", "ondermijning", "criminele organisaties", "haven", "cocaïne",
            // A rare word with a frequent one: the rare word's sections need not be in the frequent stem's head.
            "briefgeheim drugs ", "kroongetuige politie ", "41-bis criminaliteit ", "katalysator aanpak ", "HARP drugs ",
            "videoconferenties drugs ", "uithalers aanpak ", "zeldzaamwoord drugs ");

    @TempDir
    static Path tmp;
    private static SearchBrowser cut;
    private static SearchBrowser whole;

    @BeforeAll
    static void exportWithSmallHeads() throws Exception {
        SiteGraph graph = TestSites.realSite().graph();
        List<SectionText> sections = new ArrayList<>();
        int pages = graph.pages().size();
        for (int copy = 0; copy < COPIES; copy++) {
            for (int i = 0; i < pages; i++) {
                for (SectionText s : SectionSplitter.split(graph.pages().get(i), i)) {
                    String[] words = s.text().split(" ");
                    int keep = Math.max(1, words.length * (copy + 1) / COPIES);
                    sections.add(new SectionText(copy * pages + i, "kopie-" + copy + "/" + s.url(), s.title(), s.heading(), s.number(), s.summary(),
                            String.join(" ", List.of(words).subList(0, keep))));
                }
            }
        }
        // Sections of a rare word that mention "drugs" once, far down a long text: that low impact
        // is in the tail of "drugs", so for "zeldzaamwoord drugs " the heads do not know these
        // sections' whole score, and search.js must load the tail before it shows them.
        String filler = String.join(" ", List.of(sections.get(sections.size() - 1).text().split(" ")).stream()
                .filter(w -> !w.toLowerCase().contains("drug")).limit(300).toList());
        for (int k = 0; k < 5; k++) {
            sections.add(new SectionText(COPIES * pages + k, "extra-" + k + "/#inhoud", "Zeldzaamwoord " + k,
                    "Zeldzaamwoord " + k, "", "Zeldzaamwoord " + k, filler.substring(0, filler.length() * (k + 5) / 10) + " drugs"));
        }
        Path index = tmp.resolve("index");
        SearchIndexer.write(sections, graph.content().glossary(), index);
        cut = new SearchBrowser(siteWithSearchFiles(index, "cut", HEAD_SIZE));
        whole = new SearchBrowser(siteWithSearchFiles(index, "whole", Integer.MAX_VALUE));
    }

    /** A copy of the built real site whose search files are exported from {@code index}. */
    private static Path siteWithSearchFiles(Path index, String name, int headSize) throws IOException {
        Path site = tmp.resolve(name);
        TestFiles.copyTree(BuiltSite.site(), site);
        TestFiles.deleteTree(site.resolve(BrowserExport.FOLDER));
        BrowserExport.export(index, site, headSize, headSize);
        return site;
    }

    @AfterAll
    static void stop() {
        if (cut != null) cut.close();
        if (whole != null) whole.close();
    }

    @Test
    void headsAndTailsRankExactlyAsTheCompletePostings() {
        List<String> queries = new ArrayList<>(FREQUENT);
        for (BuiltSite.Query q : BuiltSite.relevanceSet()) queries.add(q.query());
        List<String> failures = new ArrayList<>();
        int decidedByHeads = 0, neededTails = 0;
        for (String q : queries) {
            List<String> fromHeads = cut.topWithScores(q, 10);
            List<String> complete = whole.topWithScores(q, 10);
            if (!fromHeads.equals(complete)) failures.add(q + ": with heads " + fromHeads + "\n  complete " + complete);
            // The count is exact, or a lower bound that says so.
            String counted = cut.status(), exact = whole.status();
            if (!counted.equals(exact) && !(counted.startsWith("Ten minste ") && count(counted) <= count(exact))) {
                failures.add(q + ": with heads '" + counted + "', complete '" + exact + "'");
            }
            assertTrue(whole.filesLoaded().stream().noneMatch(f -> f.startsWith("r-")), "uncut export has no tails");
            Map<String, Object> stats = cut.lastQuery();
            boolean tails = cut.filesLoaded().stream().anyMatch(f -> f.startsWith("r-"));
            assertEquals(tails, ((List<?>) stats.get("steps")).contains(4L), q + ": tails are loaded in step 4 " + stats);
            if (((Number) stats.get("cut")).intValue() > 0) {
                if (tails) neededTails++;
                else decidedByHeads++;
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
        // Both ways must have been taken, or this test proves nothing about the cut.
        assertTrue(decidedByHeads > 0, "no query was decided from the heads alone");
        assertTrue(neededTails > 0, "no query needed a tail");
    }

    @Test
    void aOneWordQueryOnAFrequentStemNeedsNoTailAndKnowsItsCount() throws Exception {
        // A space after the word: no completions, so the query is the one stem of "drugs".
        cut.top("drugs ", 10);
        Map<String, Object> stats = cut.lastQuery();
        assertEquals(1, ((Number) stats.get("cut")).intValue(), "drugs is cut: " + stats);
        assertTrue(cut.filesLoaded().stream().noneMatch(f -> f.startsWith("r-")), cut.filesLoaded().toString());
        // The number of sections is exact without the tail: the shard says how many there are.
        int sections;
        try (var dir = FSDirectory.open(tmp.resolve("index")); DirectoryReader reader = DirectoryReader.open(dir)) {
            sections = StemPostings.compute(new IndexSearcher(reader), reader).get(DutchAnalysis.stem("drugs")).size();
        }
        assertTrue(sections > HEAD_SIZE, sections + " sections");
        String status = cut.status();
        assertEquals(sections + " resultaten voor ‘drugs ’, de beste 50 op ", status.substring(0, status.indexOf("op ") + 3));
    }

    private static int count(String status) {
        return Integer.parseInt(status.replaceAll("^\\D*(\\d+).*$", "$1"));
    }
}
