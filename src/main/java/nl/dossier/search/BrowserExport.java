package nl.dossier.search;

import nl.dossier.model.Json;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Exports the Lucene index for the browser as script files in the site's {@code search/} folder,
 * each calling the global {@code dossierSearchFile(name, data)} that search.js defines. Scripts,
 * because a {@code <script>} element loads from file:// as well as over http, where fetch() and
 * modules do not; no file is evaluated as code beyond that one call.
 * <ul>
 * <li>{@code manifest.js}: the model's numbers ({@link RankingModel}), the stop words, the list of
 *     word shards, where each page's sections start and where each text chunk starts;</li>
 * <li>{@code w-N.js}: the N-th range of the site's words in alphabetical order, the postings of
 *     their stems and the display data of each stem's first results ({@link WordShard}), so that
 *     one round of files, requested together, ranks and shows a query;</li>
 * <li>{@code r-N.js}: the rest of the postings of a frequent stem whose shard carries only the
 *     head ({@link PostingHeads}), for the queries the heads cannot decide;</li>
 * <li>{@code s-N.js}: the full text of consecutive pages ({@link TextChunks}), only for results
 *     the word shards do not show.</li>
 * </ul>
 * Word shards are filled in word order up to about {@value #SHARD_BYTES} characters ({@link ShardPlan}),
 * so there are few of them and a word, or the completions of a prefix, are in one or two.
 * Output is deterministic: every collection is sorted.
 */
public final class BrowserExport {
    static final int SHARD_BYTES = 32_000;
    /** Largest word list of a split family carried in each of its shards for typos; larger families load whole. */
    static final int FAMILY_BYTES = 8_000;
    static final String FOLDER = "search";

    /** Per shard, the lowest word it can hold (a shortest prefix of its first word); shards cover the vocabulary in order. */
    private final List<String> shardKeys = new ArrayList<>();
    private final Path out;
    private final int headSize;
    private final int cutFrom;
    private final java.util.concurrent.atomic.AtomicInteger files = new java.util.concurrent.atomic.AtomicInteger();

    private BrowserExport(Path out, int headSize, int cutFrom) {
        this.out = out;
        this.headSize = headSize;
        this.cutFrom = cutFrom;
    }

    /** @return the number of files written */
    public static int export(Path indexDir, Path siteDir) throws IOException {
        return export(indexDir, siteDir, PostingHeads.HEAD_SIZE, PostingHeads.CUT_FROM);
    }

    /**
     * @param headSize postings in the word shard of a stem that is cut; the rest go into a tail file
     * @param cutFrom  stems with more postings than this are cut
     */
    static int export(Path indexDir, Path siteDir, int headSize, int cutFrom) throws IOException {
        BrowserExport e = new BrowserExport(siteDir.resolve(FOLDER), headSize, cutFrom);
        Files.createDirectories(e.out);
        try (FSDirectory dir = FSDirectory.open(indexDir); DirectoryReader reader = DirectoryReader.open(dir)) {
            e.run(reader);
        }
        return e.files.get();
    }

    private void run(DirectoryReader reader) throws IOException {
        if (reader.leaves().size() > 1) throw new IllegalStateException("search index must be a single segment");
        IndexSearcher searcher = new IndexSearcher(reader);
        SectionCatalog catalog = new SectionCatalog(reader);
        // The text chunks need only the catalog: they are written on their own thread meanwhile.
        java.util.concurrent.CompletableFuture<List<Integer>> chunksWritten = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return TextChunks.write(catalog, this::writeFile);
            } catch (IOException ex) {
                throw new java.io.UncheckedIOException(ex);
            }
        });
        try {
            Map<String, StemPostings.Postings> postings = StemPostings.compute(searcher, reader);
            Map<String, PostingHeads.Head> heads = PostingHeads.write(postings, headSize, cutFrom, this::writeFile);
            writeWordShards(reader, postings, heads, catalog);
        } catch (IOException | RuntimeException ex) {
            // The chunks go into the same folder, which the caller deletes: let them finish first.
            chunksWritten.handle((c, f) -> null).join();
            throw ex;
        }
        // Only the manifest needs the chunks: until here the word shards were made alongside them
        // (at 10,000 pages the main thread waited 3 s for the chunks before it).
        List<Integer> chunks;
        try {
            chunks = chunksWritten.join();
        } catch (java.util.concurrent.CompletionException ex) {
            if (ex.getCause() instanceof java.io.UncheckedIOException io) throw io.getCause();
            throw ex;
        }
        writeManifest(catalog, chunks);
    }

    /** The word shards ({@code w-N.js}): the vocabulary in order, cut by {@link ShardPlan}. */
    private void writeWordShards(DirectoryReader reader, Map<String, StemPostings.Postings> postings,
                                 Map<String, PostingHeads.Head> heads, SectionCatalog catalog) throws IOException {
        List<WordShard.Word> words = new ArrayList<>();
        Terms terms = MultiTerms.getTerms(reader, SearchIndexer.SURFACE);
        if (terms != null) {
            TermsEnum te = terms.iterator();
            for (BytesRef t = te.next(); t != null; t = te.next()) {
                String surface = t.utf8ToString();
                String stem = DutchAnalysis.stem(surface);
                if (postings.containsKey(stem)) words.add(new WordShard.Word(surface, stem, te.docFreq()));
            }
        }
        // UTF-16 order, the order of JavaScript's string comparison, which search.js uses on the shard keys.
        words.sort(Comparator.comparing(WordShard.Word::surface));
        WordShard shards = new WordShard(postings, heads, catalog, new Excerpts());
        List<List<WordShard.Word>> parts = ShardPlan.cut(words, shards::cost, SHARD_BYTES);
        Map<String, List<String>> spanning = spanningFamilies(parts);
        List<WordShard.Word> previous = null;
        for (List<WordShard.Word> part : parts) {
            List<String> family = new ArrayList<>();
            for (String start : new TreeSet<>(part.stream().map(w -> family(w.surface())).toList())) {
                family.addAll(spanning.getOrDefault(start, List.of()));
            }
            shardKeys.add(previous == null ? "" : ShardPlan.separator(previous.get(previous.size() - 1).surface(),
                    part.get(0).surface()));
            writeFile("w-" + (shardKeys.size() - 1), shards.data(part, family));
            previous = part;
        }
    }

    private static String family(String word) {
        return word.substring(0, Math.min(RankingModel.FUZZY_PREFIX, word.length()));
    }

    /**
     * Families (words sharing their first {@value RankingModel#FUZZY_PREFIX} characters) spread over
     * several shards, with the words a typo could be corrected to: their shards carry this list, so a
     * typo needs only the shards of its candidates, not the whole family. Families whose list would
     * be larger than {@value #FAMILY_BYTES} characters are left out: a typo loads them whole.
     */
    private static Map<String, List<String>> spanningFamilies(List<List<WordShard.Word>> parts) {
        Map<String, Integer> shardsOf = new TreeMap<>();
        Map<String, List<String>> words = new TreeMap<>();
        for (List<WordShard.Word> part : parts) {
            for (String f : new TreeSet<>(part.stream().map(w -> family(w.surface())).toList())) shardsOf.merge(f, 1, Integer::sum);
            for (WordShard.Word w : part) {
                if (w.surface().length() >= RankingModel.FUZZY_MIN_LENGTH - 1) {
                    words.computeIfAbsent(family(w.surface()), k -> new ArrayList<>()).add(w.surface());
                }
            }
        }
        Map<String, List<String>> out = new TreeMap<>();
        words.forEach((f, list) -> {
            if (shardsOf.get(f) > 1 && size(list) <= FAMILY_BYTES) out.put(f, list);
        });
        return out;
    }

    private static int size(Object data) {
        return Json.write(data).length();
    }

    private void writeManifest(SectionCatalog catalog, List<Integer> chunks) throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("format", SearchIndexer.FORMAT);
        m.put("docs", catalog.sectionCount());
        m.put("pages", catalog.pages().size());
        m.put("starts", deltas(catalog.pages().stream().map(SectionCatalog.Page::firstSection).toList()));
        m.put("chunks", deltas(chunks));
        m.put("exact", RankingModel.EXACT);
        m.put("prefix", RankingModel.PREFIX);
        m.put("fuzzy", RankingModel.FUZZY);
        m.put("maxPrefix", RankingModel.MAX_PREFIX_EXPANSIONS);
        m.put("fuzzyMin", RankingModel.FUZZY_MIN_LENGTH);
        m.put("fuzzyPrefix", RankingModel.FUZZY_PREFIX);
        m.put("inflectedMin", RankingModel.INFLECTED_MIN_LENGTH);
        m.put("top", RankingModel.TOP_SECTIONS);
        m.put("scale", RankingModel.IMPACT_SCALE);
        m.put("minWord", DutchAnalysis.MIN_WORD_LENGTH);
        m.put("maxWord", DutchAnalysis.MAX_WORD_LENGTH);
        m.put("minPart", CompoundDictionary.MIN_PART);
        m.put("minStemPart", RankingModel.STEM_PART_MIN_LENGTH);
        List<String> stop = new ArrayList<>();
        for (Object o : DutchAnalysis.STOP_WORDS) stop.add(new String((char[]) o));
        stop.sort(null);
        m.put("stop", stop);
        m.put("filler", DutchAnalysis.FILLER_WORDS.stream().sorted().toList());
        m.put("cover", RankingModel.COVER);
        m.put("shards", shardKeys);
        writeFile("manifest", m);
    }

    /** Ascending numbers as differences in {@link PostingCodec} form. */
    private static String deltas(List<Integer> ascending) {
        StringBuilder sb = new StringBuilder();
        int last = 0;
        for (int n : ascending) {
            PostingCodec.append(sb, n - last);
            last = n;
        }
        return sb.toString();
    }

    private void writeFile(String name, Object data) throws IOException {
        String js = "dossierSearchFile(" + Json.write(name) + "," + Json.write(data) + ");\n";
        Files.writeString(out.resolve(name + ".js"), js, StandardCharsets.UTF_8);
        files.incrementAndGet();
    }
}
