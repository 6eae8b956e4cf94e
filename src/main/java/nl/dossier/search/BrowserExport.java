package nl.dossier.search;

import nl.dossier.model.Json;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Exports the Lucene index for the browser as small script files in the site's {@code search/}
 * folder, each calling the global {@code dossierSearchFile(name, data)} that search.js defines.
 * Scripts, because a {@code <script>} element loads from file:// as well as over http, where
 * fetch() and modules do not; no file is evaluated as code beyond that one call.
 * <ul>
 * <li>{@code manifest.js}: the model's numbers ({@link RankingModel}), the stop words, the list of
 *     word shards and where each page's sections start;</li>
 * <li>{@code w-KEY.js}: the site's words starting with KEY, each with its stem and document
 *     frequency, and per stem its postings: section number and impact, the stem's Lucene score on
 *     that section (BM25 over the weighted fields), computed here from the index itself;</li>
 * <li>{@code p-N.js}: page N's title, address and section texts, for showing results and snippets.</li>
 * </ul>
 * Word shards start with two characters and are split by one more character while they are
 * larger than {@value #SHARD_BYTES} bytes, so a query loads only the few words it needs.
 */
public final class BrowserExport {
    static final int SHARD_BYTES = 24_000;
    static final String FOLDER = "search";

    private record Word(String surface, String stem, int df) {
    }

    private final Map<String, String> postings = new TreeMap<>();
    private final List<String> shardNames = new ArrayList<>();
    private final Path out;
    private int files;

    private BrowserExport(Path out) {
        this.out = out;
    }

    /** @return the number of files written */
    public static int export(Path indexDir, Path siteDir) throws IOException {
        BrowserExport e = new BrowserExport(siteDir.resolve(FOLDER));
        Files.createDirectories(e.out);
        try (FSDirectory dir = FSDirectory.open(indexDir); DirectoryReader reader = DirectoryReader.open(dir)) {
            e.run(reader);
        }
        return e.files;
    }

    private void run(DirectoryReader reader) throws IOException {
        if (reader.leaves().size() > 1) throw new IllegalStateException("search index must be a single segment");
        IndexSearcher searcher = new IndexSearcher(reader);
        int pages = writePages(searcher);
        computePostings(searcher, reader);
        List<Word> words = new ArrayList<>();
        Terms terms = MultiTerms.getTerms(reader, SearchIndexer.SURFACE);
        if (terms != null) {
            TermsEnum te = terms.iterator();
            for (BytesRef t = te.next(); t != null; t = te.next()) {
                String surface = t.utf8ToString();
                String stem = DutchAnalysis.stem(surface);
                if (postings.containsKey(stem)) words.add(new Word(surface, stem, te.docFreq()));
            }
        }
        Map<String, List<Word>> byStart = new TreeMap<>();
        for (Word w : words) byStart.computeIfAbsent(w.surface().substring(0, 2), k -> new ArrayList<>()).add(w);
        for (Map.Entry<String, List<Word>> e : byStart.entrySet()) split(e.getKey(), e.getValue());
        writeManifest(reader.maxDoc(), pages);
    }

    /** Page files, and the first section number of every page (sections of a page are contiguous). */
    private final List<Integer> pageStarts = new ArrayList<>();

    private int writePages(IndexSearcher searcher) throws IOException {
        StoredFields stored = searcher.storedFields();
        int maxDoc = searcher.getIndexReader().maxDoc();
        Map<String, Object> page = null;
        List<Object> sections = null;
        int current = -1;
        for (int doc = 0; doc < maxDoc; doc++) {
            Document d = stored.document(doc);
            int p = d.getField(SearchIndexer.PAGE).numericValue().intValue();
            if (p != current) {
                if (p < current) throw new IllegalStateException("sections out of page order at " + doc);
                if (page != null) writeFile("p-" + current, page);
                current = p;
                pageStarts.add(doc);
                String url = d.get(SearchIndexer.URL);
                page = new LinkedHashMap<>();
                page.put("u", url.substring(0, url.indexOf('#')));
                page.put("t", d.get(SearchIndexer.PAGE_TITLE));
                sections = new ArrayList<>();
                page.put("s", sections);
            }
            String url = d.get(SearchIndexer.URL);
            sections.add(List.of(url.substring(url.indexOf('#') + 1), d.get(SearchIndexer.SHOWN_HEADING),
                    d.get(SearchIndexer.NUMBER), d.get(SearchIndexer.BODY)));
        }
        if (page != null) writeFile("p-" + current, page);
        return pageStarts.size();
    }

    /** Per stem, its impact on every section it occurs in: exactly Lucene's score for {@link RankingModel#stemQuery}. */
    private void computePostings(IndexSearcher searcher, DirectoryReader reader) throws IOException {
        TreeSet<String> stems = new TreeSet<>();
        for (String field : RankingModel.fields()) {
            Terms terms = MultiTerms.getTerms(reader, field);
            if (terms == null) continue;
            TermsEnum te = terms.iterator();
            for (BytesRef t = te.next(); t != null; t = te.next()) stems.add(t.utf8ToString());
        }
        if (reader.leaves().isEmpty()) return;
        LeafReaderContext leaf = reader.leaves().get(0);
        for (String stem : stems) {
            Weight w = searcher.createWeight(searcher.rewrite(RankingModel.stemQuery(stem)), ScoreMode.COMPLETE, 1f);
            Scorer scorer = w.scorer(leaf);
            if (scorer == null) continue;
            StringBuilder sb = new StringBuilder();
            int last = 0;
            DocIdSetIterator it = scorer.iterator();
            for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
                PostingCodec.append(sb, doc - last);
                PostingCodec.append(sb, Math.max(1, Math.round(scorer.score() * RankingModel.IMPACT_SCALE)));
                last = doc;
            }
            postings.put(stem, sb.toString());
        }
    }

    private static int size(List<Word> words, Map<String, String> postings) {
        int n = 0;
        TreeSet<String> stems = new TreeSet<>();
        for (Word w : words) {
            n += w.surface().length() + 12;
            if (stems.add(w.stem())) n += w.stem().length() + postings.get(w.stem()).length() + 6;
        }
        return n;
    }

    private void split(String key, List<Word> words) throws IOException {
        boolean longer = words.stream().anyMatch(w -> w.surface().length() > key.length());
        if (size(words, postings) <= SHARD_BYTES || !longer) {
            writeShard(key, false, words);
            return;
        }
        List<Word> exact = words.stream().filter(w -> w.surface().length() == key.length()).toList();
        if (!exact.isEmpty()) writeShard(key, true, exact);
        Map<String, List<Word>> children = new TreeMap<>();
        for (Word w : words) {
            if (w.surface().length() > key.length()) {
                children.computeIfAbsent(w.surface().substring(0, key.length() + 1), k -> new ArrayList<>()).add(w);
            }
        }
        for (Map.Entry<String, List<Word>> e : children.entrySet()) split(e.getKey(), e.getValue());
    }

    /** A file-name-safe form of a shard key: as is when it is plain ASCII, otherwise hex. */
    static String fileKey(String key, boolean exactOnly) {
        String k = key.matches("[a-z0-9]+") ? key : "u" + key.codePoints().mapToObj(Integer::toHexString)
                .reduce((a, b) -> a + "." + b).orElse("");
        return "w-" + k + (exactOnly ? "_" : "");
    }

    private void writeShard(String key, boolean exactOnly, List<Word> words) throws IOException {
        List<String> stems = new ArrayList<>(new TreeSet<>(words.stream().map(Word::stem).toList()));
        List<Object> ws = new ArrayList<>();
        for (Word w : words) ws.add(List.of(w.surface(), w.df(), stems.indexOf(w.stem())));
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("w", ws);
        data.put("t", stems);
        data.put("p", stems.stream().map(postings::get).toList());
        String name = fileKey(key, exactOnly);
        writeFile(name, data);
        shardNames.add(key + (exactOnly ? "=" : ""));
    }

    private void writeManifest(int docs, int pages) throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("format", SearchIndexer.FORMAT);
        m.put("docs", docs);
        m.put("pages", pages);
        StringBuilder starts = new StringBuilder();
        int last = 0;
        for (int s : pageStarts) {
            PostingCodec.append(starts, s - last);
            last = s;
        }
        m.put("starts", starts.toString());
        m.put("exact", RankingModel.EXACT);
        m.put("prefix", RankingModel.PREFIX);
        m.put("fuzzy", RankingModel.FUZZY);
        m.put("maxPrefix", RankingModel.MAX_PREFIX_EXPANSIONS);
        m.put("fuzzyMin", RankingModel.FUZZY_MIN_LENGTH);
        m.put("fuzzyPrefix", RankingModel.FUZZY_PREFIX);
        m.put("top", RankingModel.TOP_SECTIONS);
        m.put("scale", RankingModel.IMPACT_SCALE);
        m.put("minWord", DutchAnalysis.MIN_WORD_LENGTH);
        m.put("maxWord", DutchAnalysis.MAX_WORD_LENGTH);
        m.put("minPart", CompoundDictionary.MIN_PART);
        List<String> stop = new ArrayList<>();
        for (Object o : DutchAnalysis.STOP_WORDS) stop.add(new String((char[]) o));
        stop.sort(null);
        m.put("stop", stop);
        m.put("shards", shardNames);
        writeFile("manifest", m);
    }

    private void writeFile(String name, Object data) throws IOException {
        String js = "dossierSearchFile(" + Json.write(name) + "," + Json.write(data) + ");\n";
        Files.writeString(out.resolve(name + ".js"), js, StandardCharsets.UTF_8);
        files++;
    }
}
