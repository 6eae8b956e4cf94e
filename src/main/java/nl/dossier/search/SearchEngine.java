package nl.dossier.search;

import nl.dossier.model.Messages;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.FSDirectory;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Answers queries from the Lucene index written by {@link SearchIndexer}: expands the words
 * ({@link QueryExpander}), scores with Lucene ({@link RankingModel}), then groups the best
 * {@value RankingModel#TOP_SECTIONS} sections by page: pages in order of their best section,
 * sections of a page by score. Equal scores keep index order. search.js does exactly this.
 */
public final class SearchEngine implements Closeable {
    private final FSDirectory directory;
    private final IndexReader reader;
    private final IndexSearcher searcher;
    private final Map<String, String> messages;

    public SearchEngine(Path indexDir) throws IOException {
        if (!Files.isDirectory(indexDir)) throw new IOException("no search index at " + indexDir + " (run the build first)");
        this.directory = FSDirectory.open(indexDir);
        this.reader = DirectoryReader.open(directory);
        String format = ((DirectoryReader) reader).getIndexCommit().getUserData().get("format");
        if (!SearchIndexer.FORMAT.equals(format)) {
            close();
            throw new IOException("the index at " + indexDir + " was written by another version (" + format + "); rebuild the site");
        }
        this.searcher = new IndexSearcher(reader);
        this.messages = Map.copyOf(((DirectoryReader) reader).getIndexCommit().getUserData());
    }

    /**
     * A message of the site's language that the index was written with ({@link SearchIndexer#MESSAGES}),
     * with each {@code {name}} filled in.
     */
    public String message(String key, Map<String, String> values) {
        String text = messages.get(key);
        if (text == null) throw new IllegalArgumentException("the index holds no message " + key);
        return Messages.fill(text, values);
    }

    /**
     * The query's words that match nothing on the site (null in a hit's {@code words}), in query
     * order; filler words are not query words.
     */
    public List<String> missingWords(String query) throws IOException {
        return wordsWhere(query, false);
    }

    /** The query's words that match something on the site, in query order. */
    public List<String> foundWords(String query) throws IOException {
        return wordsWhere(query, true);
    }

    private List<String> wordsWhere(String query, boolean found) throws IOException {
        Map<String, Boolean> byWord = new LinkedHashMap<>();
        for (WordExpansion w : expand(query)) byWord.putIfAbsent(w.query(), w.found());
        List<String> out = new ArrayList<>();
        byWord.forEach((word, f) -> {
            if (f == found) out.add(word);
        });
        return out;
    }

    IndexReader reader() {
        return reader;
    }

    IndexSearcher searcher() {
        return searcher;
    }

    public List<WordExpansion> expand(String query) throws IOException {
        return new QueryExpander(reader).expand(query);
    }

    /** Results in rank order, at most {@code limit}. */
    public List<SearchHit> search(String query, int limit) throws IOException {
        List<WordExpansion> words = expand(query);
        Set<String> stems = new HashSet<>();
        for (WordExpansion w : words) stems.addAll(w.stems().keySet());
        if (stems.isEmpty()) return List.of();
        Query q = RankingModel.query(words, stem -> {
            try {
                return searcher.count(RankingModel.stemQuery(stem));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, reader.maxDoc());
        ScoreDoc[] top = searcher.search(q, RankingModel.TOP_SECTIONS).scoreDocs;
        StoredFields stored = searcher.storedFields();
        Map<Integer, List<SearchHit>> byPage = new LinkedHashMap<>();
        for (ScoreDoc sd : top) {
            Document d = stored.document(sd.doc);
            int page = d.getField(SearchIndexer.PAGE).numericValue().intValue();
            byPage.computeIfAbsent(page, k -> new ArrayList<>()).add(hit(d, sd, page, stems, matched(words, sd.doc)));
        }
        List<List<SearchHit>> groups = new ArrayList<>(byPage.values());
        Comparator<SearchHit> rank = Comparator.comparingDouble((SearchHit h) -> -h.score()).thenComparingInt(SearchHit::doc);
        for (List<SearchHit> g : groups) g.sort(rank);
        groups.sort((a, b) -> rank.compare(a.get(0), b.get(0)));
        List<SearchHit> out = new ArrayList<>();
        for (List<SearchHit> g : groups) out.addAll(g);
        return out.subList(0, Math.min(limit, out.size()));
    }

    private SearchHit hit(Document d, ScoreDoc sd, int page, Set<String> stems, Map<String, Boolean> words) {
        String body = d.get(SearchIndexer.BODY);
        String snippet = Snippets.snippet(body, Snippets.spans(body, stems));
        return new SearchHit(d.get(SearchIndexer.URL), d.get(SearchIndexer.PAGE_TITLE), d.get(SearchIndexer.SHOWN_HEADING),
                d.get(SearchIndexer.NUMBER), snippet, sd.score, page, sd.doc, words);
    }

    /**
     * Per query word: whether the section matches it (a word split into parts: every part), or
     * null when the word matches nothing on the site.
     */
    private Map<String, Boolean> matched(List<WordExpansion> words, int doc) throws IOException {
        Map<String, Boolean> out = new LinkedHashMap<>();
        for (WordExpansion w : words) {
            Boolean here = w.found() ? contains(doc, w) : null;
            if (!out.containsKey(w.query())) out.put(w.query(), here);
            else if (out.get(w.query()) != null) out.put(w.query(), here != null && here && out.get(w.query()));
        }
        return out;
    }

    private boolean contains(int doc, WordExpansion w) throws IOException {
        for (LeafReaderContext leaf : reader.leaves()) {
            int local = doc - leaf.docBase;
            if (local < 0 || local >= leaf.reader().maxDoc()) continue;
            for (String stem : w.stems().keySet()) {
                for (String field : RankingModel.fields()) {
                    PostingsEnum p = leaf.reader().postings(new Term(field, stem), PostingsEnum.NONE);
                    if (p != null && p.advance(local) == local) return true;
                }
            }
        }
        return false;
    }

    @Override
    public void close() throws IOException {
        if (reader != null) reader.close();
        directory.close();
    }
}
