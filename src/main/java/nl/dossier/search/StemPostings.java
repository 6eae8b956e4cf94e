package nl.dossier.search;

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
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Per stem, its impact on every section it occurs in: exactly Lucene's score for
 * {@link RankingModel#stemQuery}, in whole 1/{@value RankingModel#IMPACT_SCALE}ths.
 */
final class StemPostings {
    /** Sections in index order, their impacts, and both as search.js reads them ({@link #encode}). */
    record Postings(int[] docs, int[] impacts, String encoded) {
        Postings(int[] docs, int[] impacts) {
            this(docs, impacts, encode(docs, impacts));
        }

        int size() {
            return docs.length;
        }

        /** Deltas of section numbers and impacts, alternating, in {@link PostingCodec} form. */
        static String encode(int[] docs, int[] impacts) {
            StringBuilder sb = new StringBuilder();
            int last = 0;
            for (int i = 0; i < docs.length; i++) {
                PostingCodec.append(sb, docs[i] - last);
                PostingCodec.append(sb, impacts[i]);
                last = docs[i];
            }
            return sb.toString();
        }
    }

    private StemPostings() {
    }

    static Map<String, Postings> compute(IndexSearcher searcher, DirectoryReader reader) throws IOException {
        Map<String, Postings> out = new TreeMap<>();
        TreeSet<String> stems = new TreeSet<>();
        for (String field : RankingModel.fields()) {
            Terms terms = MultiTerms.getTerms(reader, field);
            if (terms == null) continue;
            TermsEnum te = terms.iterator();
            for (BytesRef t = te.next(); t != null; t = te.next()) stems.add(t.utf8ToString());
        }
        if (reader.leaves().isEmpty()) return out;
        LeafReaderContext leaf = reader.leaves().get(0);
        int[] docs = new int[reader.maxDoc()];
        int[] impacts = new int[reader.maxDoc()];
        for (String stem : stems) {
            Weight w = searcher.createWeight(searcher.rewrite(RankingModel.stemQuery(stem)), ScoreMode.COMPLETE, 1f);
            Scorer scorer = w.scorer(leaf);
            if (scorer == null) continue;
            int n = 0;
            DocIdSetIterator it = scorer.iterator();
            for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
                docs[n] = doc;
                impacts[n++] = Math.max(1, Math.round(scorer.score() * RankingModel.IMPACT_SCALE));
            }
            out.put(stem, new Postings(Arrays.copyOf(docs, n), Arrays.copyOf(impacts, n)));
        }
        return out;
    }
}
