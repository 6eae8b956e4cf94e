package nl.dossier.search;

import nl.dossier.model.Parallel;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Per stem, its impact on every section it occurs in: exactly Lucene's score for
 * {@link RankingModel#stemQuery}, in whole 1/{@value RankingModel#IMPACT_SCALE}ths.
 */
final class StemPostings {
    /** Sections in index order and their impacts. */
    record Postings(int[] docs, int[] impacts) {
        int size() {
            return docs.length;
        }

        /** Deltas of section numbers and impacts, alternating, in {@link PostingCodec} form, as search.js reads them. */
        String encoded() {
            StringBuilder sb = new StringBuilder();
            int last = 0;
            for (int i = 0; i < docs.length; i++) {
                PostingCodec.append(sb, docs[i] - last);
                PostingCodec.append(sb, impacts[i]);
                last = docs[i];
            }
            return sb.toString();
        }

        /**
         * Splits off the head: the postings whose impact is above {@code bound}, the
         * {@code headSize + 1}-th highest impact, so at most {@code headSize} of them; the tail holds
         * the rest, none above {@code bound}. Both stay in index order. A section the head does not
         * name gains at most {@code bound} from this stem, which lets search.js decide most queries
         * from the heads alone. Null when all postings fit in the head.
         */
        Cut cut(int headSize) {
            if (size() <= headSize) return null;
            int[] sorted = impacts.clone();
            Arrays.sort(sorted);
            int bound = sorted[sorted.length - 1 - headSize];
            int above = 0;
            for (int impact : impacts) if (impact > bound) above++;
            int[] headDocs = new int[above], headImpacts = new int[above];
            int[] tailDocs = new int[size() - above], tailImpacts = new int[size() - above];
            for (int i = 0, h = 0, t = 0; i < size(); i++) {
                if (impacts[i] > bound) {
                    headDocs[h] = docs[i];
                    headImpacts[h++] = impacts[i];
                } else {
                    tailDocs[t] = docs[i];
                    tailImpacts[t++] = impacts[i];
                }
            }
            return new Cut(new Postings(headDocs, headImpacts), new Postings(tailDocs, tailImpacts), bound);
        }
    }

    /** A stem's postings cut in two: the head goes into the word shard, the tail into a file of its own. */
    record Cut(Postings head, Postings tail, int bound) {
    }

    private StemPostings() {
    }

    /** Stems per block, each block with its own scratch space: a weight per stem is most of the export's start-up on a small site. */
    private static final int STEM_BLOCK = 512;

    static Map<String, Postings> compute(IndexSearcher searcher, DirectoryReader reader) throws IOException {
        return compute(searcher, reader, STEM_BLOCK);
    }

    /** @param stemBlock stems per block (tests show that the result does not depend on it) */
    static Map<String, Postings> compute(IndexSearcher searcher, DirectoryReader reader, int stemBlock) throws IOException {
        TreeSet<String> distinct = new TreeSet<>();
        for (String field : RankingModel.fields()) {
            Terms terms = MultiTerms.getTerms(reader, field);
            if (terms == null) continue;
            TermsEnum te = terms.iterator();
            for (BytesRef t = te.next(); t != null; t = te.next()) distinct.add(t.utf8ToString());
        }
        Map<String, Postings> out = new TreeMap<>();
        if (reader.leaves().isEmpty()) return out;
        LeafReaderContext leaf = reader.leaves().get(0);
        String[] stems = distinct.toArray(String[]::new);
        // Each stem's postings are its own: blocks of stems run on every core, the map is filled in stem order after.
        Postings[] found = new Postings[stems.length];
        // In longs: a block size near Integer.MAX_VALUE ("all in one block") must not overflow to no blocks.
        int blocks = (int) ((stems.length + (long) stemBlock - 1) / stemBlock);
        try {
            Parallel.forEachIndex(blocks, b -> {
                int[] docs = new int[reader.maxDoc()];
                int[] impacts = new int[reader.maxDoc()];
                int to = (int) Math.min(stems.length, (long) (b + 1) * stemBlock);
                try {
                    for (int s = b * stemBlock; s < to; s++) found[s] = postings(searcher, leaf, stems[s], docs, impacts);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        for (int s = 0; s < stems.length; s++) {
            if (found[s] != null) out.put(stems[s], found[s]);
        }
        return out;
    }

    /** One stem's postings, or null when it scores no section; docs and impacts are scratch space. */
    private static Postings postings(IndexSearcher searcher, LeafReaderContext leaf, String stem, int[] docs, int[] impacts)
            throws IOException {
        Weight w = searcher.createWeight(searcher.rewrite(RankingModel.stemQuery(stem)), ScoreMode.COMPLETE, 1f);
        Scorer scorer = w.scorer(leaf);
        if (scorer == null) return null;
        int n = 0;
        DocIdSetIterator it = scorer.iterator();
        for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
            docs[n] = doc;
            impacts[n++] = Math.max(1, Math.round(scorer.score() * RankingModel.IMPACT_SCALE));
        }
        return new Postings(Arrays.copyOf(docs, n), Arrays.copyOf(impacts, n));
    }
}
