package nl.dossier.search;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Cutting a stem's postings into head and tail, and what the word shards and tail files get. */
class PostingHeadsTest {
    private static final StemPostings.Postings SIX = new StemPostings.Postings(
            new int[] {2, 4, 7, 8, 11, 15}, new int[] {5, 3, 3, 9, 1, 3});

    @Test
    void theHeadHoldsTheImpactsAboveTheBoundInIndexOrder() {
        StemPostings.Cut cut = SIX.cut(2);
        assertArrayEquals(new int[] {2, 8}, cut.head().docs());
        assertArrayEquals(new int[] {5, 9}, cut.head().impacts());
        assertArrayEquals(new int[] {4, 7, 11, 15}, cut.tail().docs());
        assertEquals(3, cut.bound(), "the highest impact left in the tail");
    }

    @Test
    void equalImpactsAtTheCutAllGoToTheTail() {
        // Room for 3, but the third-highest impact (3) is shared by three sections: a head with
        // only some of them could not bound the rest, so none goes in.
        StemPostings.Cut cut = SIX.cut(3);
        assertArrayEquals(new int[] {2, 8}, cut.head().docs());
        assertEquals(3, cut.bound());
        for (int impact : cut.tail().impacts()) assertTrue(impact <= cut.bound());
    }

    @Test
    void shortPostingsAreNotCut() {
        assertNull(SIX.cut(6));
    }

    @Test
    void cutStemsGetATailFileEachInStemOrder() throws Exception {
        Map<String, StemPostings.Postings> postings = new TreeMap<>();
        postings.put("smokkel", SIX);
        postings.put("haven", SIX);
        postings.put("briefgeheim", new StemPostings.Postings(new int[] {3}, new int[] {7}));
        Map<String, Object> files = new LinkedHashMap<>();
        Map<String, PostingHeads.Head> heads = PostingHeads.write(postings, 2, 2, files::put);

        assertEquals(List.of("r-0", "r-1"), new ArrayList<>(files.keySet()));
        assertEquals(Map.of("t", "haven", "p", SIX.cut(2).tail().encoded()), files.get("r-0"));
        assertEquals(new PostingHeads.Head(SIX.cut(2).head().encoded(), 1, 3, 6), heads.get("smokkel"));
        PostingHeads.Head whole = heads.get("briefgeheim");
        assertEquals(-1, whole.tailFile());
        assertEquals(1, whole.count());
        assertEquals("37", whole.encoded(), "doc 3, impact 7: the complete postings");
    }

    @Test
    void stemsUpToCutFromAreNotCut() throws Exception {
        Map<String, Object> files = new LinkedHashMap<>();
        Map<String, PostingHeads.Head> heads = PostingHeads.write(Map.of("haven", SIX), 2, 6, files::put);
        assertTrue(files.isEmpty());
        assertEquals(new PostingHeads.Head(SIX.encoded(), -1, 0, 6), heads.get("haven"));
    }
}
