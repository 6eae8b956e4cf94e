package nl.dossier.search;

import nl.dossier.model.GlossaryTerm;
import nl.dossier.model.Messages;
import nl.dossier.model.Problem;
import nl.dossier.model.SiteSynonym;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LogByteSizeMergePolicy;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

/**
 * Writes the Lucene index: one document per section, added in reading order, in a single
 * segment so that document ids are the section numbers the browser export uses.
 */
public final class SearchIndexer {
    /** Scored fields (see {@link RankingModel#FIELD_BOOSTS}). */
    public static final String TITLE = "title", HEADING = "heading", TEXT = "text", AKA = "aka";
    /** Every word form of the section and the parts of its compounds, not stemmed: the vocabulary. */
    public static final String SURFACE = "surface";
    /** Stored only, for results. */
    /** The section's place in reading order, which is also its document id. */
    static final String ORDER = "order";
    static final String URL = "url", PAGE = "page", PAGE_TITLE = "pageTitle", SHOWN_HEADING = "shownHeading",
            NUMBER = "number", BODY = "body";
    /** Marks an index written by this version of the model; the command checks it. */
    static final String FORMAT = "dossier-search-4";
    /**
     * The messages `dossier search` prints, kept in the index's commit data in the site's language
     * (templates/messages/), so that the command needs only the index.
     */
    static final List<String> MESSAGES = List.of("search_none", "search_missing");

    private static final FieldType SCORED = scored();

    private SearchIndexer() {
    }

    private static FieldType scored() {
        FieldType t = new FieldType();
        t.setTokenized(true);
        t.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        t.setOmitNorms(false);
        t.freeze();
        return t;
    }

    /** @return the number of sections indexed */
    public static int write(List<SectionText> sections, List<GlossaryTerm> glossary, Path indexDir) throws IOException {
        return write(sections, glossary, List.of(), null, indexDir, PARALLEL_FROM, 0, problems -> { });
    }

    /**
     * With the site's thesaurus; its problems (meanings no page uses, …) go to {@code problems}
     * once the index is written.
     */
    public static int write(List<SectionText> sections, List<GlossaryTerm> glossary, List<SiteSynonym> thesaurus,
                            Messages messages, Path indexDir, Consumer<List<Problem>> problems) throws IOException {
        return write(sections, glossary, thesaurus, messages, indexDir, PARALLEL_FROM, 0, problems);
    }

    static int write(List<SectionText> sections, List<GlossaryTerm> glossary, Path indexDir, int parallelFrom,
                     int flushEvery) throws IOException {
        return write(sections, glossary, List.of(), null, indexDir, parallelFrom, flushEvery, problems -> { });
    }

    /**
     * @param parallelFrom the number of sections from which sections are analysed on every core
     * @param flushEvery   write a segment every this many sections (for tests of the merge), or 0
     *                     to write one when the writer's memory buffer is full
     */
    private static int write(List<SectionText> sections, List<GlossaryTerm> glossary, List<SiteSynonym> thesaurus,
                             Messages messages, Path indexDir, int parallelFrom, int flushEvery, Consumer<List<Problem>> problems) throws IOException {
        WordForms forms = new WordForms(CompoundDictionary.fromTexts(new AllTexts(sections)));
        Synonyms synonyms = new Synonyms(new GlossarySynonyms(glossary, forms), new SiteThesaurus(thesaurus, forms));
        // Every scored field comes analysed (IndexedWords), so the writer's own analyzer is never
        // used; the writer needs one all the same.
        try (Analyzer unused = DutchAnalysis.surface();
             Directory dir = withoutSync(FSDirectory.open(indexDir))) {
            IndexWriterConfig config = new IndexWriterConfig(unused);
            config.setOpenMode(IndexWriterConfig.OpenMode.CREATE);
            // No compound files, flushed or merged: a segment flushed as one would not count as
            // merged (the policy wants a segment this large as separate files), so forceMerge(1)
            // rewrote even a site's only segment, on the real site a third of the writer's time.
            config.setUseCompoundFile(false);
            // Sections are added by one thread in reading order, so document ids are section
            // numbers as they are added. Merges must keep them so: this policy merges only
            // neighbouring segments, in order (the default one may reorder them by size).
            LogByteSizeMergePolicy merges = new LogByteSizeMergePolicy();
            merges.setNoCFSRatio(0);
            config.setMergePolicy(merges);
            config.setRAMBufferSizeMB(64);
            if (flushEvery > 0) config.setMaxBufferedDocs(flushEvery);
            try (IndexWriter writer = new IndexWriter(dir, config)) {
                // Sections are analysed a block at a time, on every core for a large site, while
                // the block before is added. Adding from several threads would write a segment
                // per thread, which then had to be merged and sorted: at 1,000 pages that merge
                // alone took 1.5 s on one core while the other waited.
                boolean parallel = sections.size() >= parallelFrom;
                IntFunction<List<Document>> block = b -> {
                    IntStream ids = IntStream.range(b * BLOCK, Math.min(sections.size(), (b + 1) * BLOCK));
                    return (parallel ? ids.parallel() : ids)
                            .mapToObj(i -> document(sections.get(i), i, forms, synonyms)).toList();
                };
                int blocks = (sections.size() + BLOCK - 1) / BLOCK;
                CompletableFuture<List<Document>> next = blocks == 0 ? null : CompletableFuture.supplyAsync(() -> block.apply(0));
                try {
                    for (int b = 0; b < blocks; b++) {
                        List<Document> docs = joined(next);
                        int following = b + 1;
                        next = following < blocks ? CompletableFuture.supplyAsync(() -> block.apply(following)) : null;
                        for (Document d : docs) writer.addDocument(d);
                    }
                } finally {
                    // When adding fails, the next block is still being analysed: let it end
                    // before the writer is closed (its own outcome no longer matters).
                    if (next != null) next.handle((docs, failure) -> null).join();
                }
                writer.forceMerge(1);
                Map<String, String> data = new HashMap<>();
                data.put("format", FORMAT);
                if (messages != null) for (String key : MESSAGES) data.put(key, messages.text(key));
                writer.setLiveCommitData(data.entrySet());
                writer.commit();
            }
        }
        problems.accept(synonyms.thesaurus().problems());
        return sections.size();
    }

    /** Both sources of words a section is also found under. */
    private record Synonyms(GlossarySynonyms glossary, SiteThesaurus thesaurus) {
        String alsoKnownAs(List<String> surfaceWords) {
            String a = glossary.alsoKnownAs(surfaceWords), b = thesaurus.alsoKnownAs(surfaceWords);
            return a.isEmpty() ? b : b.isEmpty() ? a : a + " . " + b;
        }
    }

    /** Title, heading, summary and text of every section, each decoded only when the dictionary reads it. */
    private static final class AllTexts extends AbstractList<String> implements RandomAccess {
        private final List<SectionText> sections;

        AllTexts(List<SectionText> sections) {
            this.sections = sections;
        }

        @Override
        public String get(int i) {
            SectionText s = sections.get(i / 4);
            return switch (i % 4) {
                case 0 -> s.title();
                case 1 -> s.heading();
                case 2 -> s.summary();
                default -> s.text();
            };
        }

        @Override
        public int size() {
            return sections.size() * 4;
        }
    }

    /** Sections from which sections are analysed on every core. */
    static final int PARALLEL_FROM = 2_000;
    /** Sections analysed together while the block before is added. */
    private static final int BLOCK = 256;

    private static List<Document> joined(CompletableFuture<List<Document>> block) throws IOException {
        try {
            return block.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof UncheckedIOException io) throw io.getCause();
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw e;
        }
    }

    /**
     * The index is written into a temporary folder that the build moves into place only when
     * everything succeeded; a crash means building again, so waiting for the disk to confirm
     * every file (fsync) buys nothing.
     */
    private static Directory withoutSync(Directory dir) {
        return new FilterDirectory(dir) {
            @Override
            public void sync(Collection<String> names) {
            }

            @Override
            public void syncMetaData() {
            }
        };
    }

    private static Document document(SectionText s, int order, WordForms forms, Synonyms synonyms) {
        boolean intro = s.url().endsWith("#" + SectionSplitter.INTRO_ANCHOR);
        // The section's words as a reader types them, found once for the scored fields, the
        // synonyms and the vocabulary.
        // The page's title and summary belong to its first section only: a title word then lifts
        // the page's entry, not every section of the page alike.
        List<String> titleWords = new ArrayList<>();
        if (s.first()) {
            titleWords.addAll(DutchAnalysis.surfaceWords(s.title()));
            titleWords.addAll(DutchAnalysis.surfaceWords(s.summary()));
        }
        List<String> headingWords = DutchAnalysis.surfaceWords(s.heading());
        String text = s.text();
        List<String> textWords = DutchAnalysis.surfaceWords(text);
        List<String> shown = new ArrayList<>(titleWords);
        if (!intro) shown.addAll(headingWords);
        shown.addAll(textWords);
        String aka = synonyms.alsoKnownAs(shown);
        List<String> akaWords = DutchAnalysis.surfaceWords(aka);
        Document d = new Document();
        d.add(new NumericDocValuesField(ORDER, order));
        if (!titleWords.isEmpty()) d.add(new Field(TITLE, new IndexedWords(titleWords, forms), SCORED));
        if (!intro) d.add(new Field(HEADING, new IndexedWords(headingWords, forms), SCORED));
        d.add(new Field(TEXT, new IndexedWords(textWords, forms), SCORED));
        if (!aka.isEmpty()) d.add(new Field(AKA, new IndexedWords(akaWords, forms), SCORED));
        // Each distinct word once (a section repeats most of its words), then sorted once.
        Set<String> distinct = new HashSet<>();
        for (List<String> part : List.of(titleWords, headingWords, textWords, akaWords)) distinct.addAll(part);
        Set<String> words = new HashSet<>(distinct);
        // Parts of compounds are words of the site too: "honden" finds drugshonden.
        for (String w : distinct) words.addAll(forms.of(w).parts());
        String[] sorted = words.toArray(new String[0]);
        Arrays.sort(sorted);
        for (String w : sorted) d.add(new StringField(SURFACE, w, Field.Store.NO));
        d.add(new StoredField(URL, s.url()));
        d.add(new StoredField(PAGE, s.page()));
        d.add(new StoredField(PAGE_TITLE, s.title()));
        d.add(new StoredField(SHOWN_HEADING, s.heading()));
        d.add(new StoredField(NUMBER, s.number()));
        d.add(new StoredField(BODY, text));
        // The same shown fields again as doc values, for the export, which reads them for every
        // section: stored fields are read a whole compressed document at a time, text included
        // (4.3 s of CPU at 10,000 pages); a hit shown by the search command reads them stored.
        d.add(new NumericDocValuesField(PAGE, s.page()));
        d.add(new BinaryDocValuesField(URL, new BytesRef(s.url())));
        d.add(new BinaryDocValuesField(PAGE_TITLE, new BytesRef(s.title())));
        d.add(new BinaryDocValuesField(SHOWN_HEADING, new BytesRef(s.heading())));
        d.add(new BinaryDocValuesField(NUMBER, new BytesRef(s.number())));
        return d;
    }
}
