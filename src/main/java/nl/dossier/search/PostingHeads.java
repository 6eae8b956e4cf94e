package nl.dossier.search;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the word shards carry of each stem's postings. A frequent stem occurs in thousands of
 * sections (at 10,000 pages {@code douane} in about 17,000: 51 KB of postings), yet a query shows
 * at most {@value RankingModel#TOP_SECTIONS} sections. So a stem with more than {@value #CUT_FROM}
 * postings is cut ({@link StemPostings.Postings#cut}): its shard carries the head, the {@value #HEAD_SIZE} highest
 * impacts, with the bound that no other section exceeds; the tail goes into a file of its own,
 * {@code r-N.js} ({@code t}: the stem, {@code p}: its postings), which search.js loads only when the
 * heads cannot decide a query's best sections exactly.
 */
final class PostingHeads {
    /** Postings a word shard carries per stem: ranks any one-word query with room to spare. */
    static final int HEAD_SIZE = 256;
    /**
     * Stems with at most this many postings are not cut: their tail would be a few kilobytes,
     * cheaper to carry along than a second round of files (10 to 20 ms) when a query needs it.
     */
    static final int CUT_FROM = 4 * HEAD_SIZE;

    /**
     * @param encoded  the postings in the shard, in {@link PostingCodec} form
     * @param tailFile the number N of the tail file {@code r-N.js}, or -1 when the shard carries all postings
     * @param bound    the highest impact in the tail (0 when there is none)
     * @param count    the number of sections the stem occurs in, head and tail
     */
    record Head(String encoded, int tailFile, int bound, int count) {
        boolean cut() {
            return tailFile >= 0;
        }
    }

    private PostingHeads() {
    }

    /**
     * Writes the tail files of the stems with more than {@code cutFrom} postings, in stem order;
     * returns every stem's head.
     */
    static Map<String, Head> write(Map<String, StemPostings.Postings> postings, int headSize, int cutFrom, TextChunks.Writer out)
            throws IOException {
        Map<String, Head> heads = new TreeMap<>();
        int tails = 0;
        for (Map.Entry<String, StemPostings.Postings> e : new TreeMap<>(postings).entrySet()) {
            StemPostings.Postings p = e.getValue();
            StemPostings.Cut cut = p.size() > cutFrom ? p.cut(headSize) : null;
            if (cut == null) {
                heads.put(e.getKey(), new Head(p.encoded(), -1, 0, p.size()));
                continue;
            }
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("t", e.getKey());
            data.put("p", cut.tail().encoded());
            out.write("r-" + tails, data);
            heads.put(e.getKey(), new Head(cut.head().encoded(), tails++, cut.bound(), p.size()));
        }
        return heads;
    }
}
