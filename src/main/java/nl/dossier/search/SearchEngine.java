package nl.dossier.search;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
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
        Query q = RankingModel.query(words);
        ScoreDoc[] top = searcher.search(q, RankingModel.TOP_SECTIONS).scoreDocs;
        StoredFields stored = searcher.storedFields();
        Map<Integer, List<SearchHit>> byPage = new LinkedHashMap<>();
        for (ScoreDoc sd : top) {
            Document d = stored.document(sd.doc);
            int page = d.getField(SearchIndexer.PAGE).numericValue().intValue();
            byPage.computeIfAbsent(page, k -> new ArrayList<>()).add(hit(d, sd, page, stems));
        }
        List<List<SearchHit>> groups = new ArrayList<>(byPage.values());
        Comparator<SearchHit> rank = Comparator.comparingDouble((SearchHit h) -> -h.score()).thenComparingInt(SearchHit::doc);
        for (List<SearchHit> g : groups) g.sort(rank);
        groups.sort((a, b) -> rank.compare(a.get(0), b.get(0)));
        List<SearchHit> out = new ArrayList<>();
        for (List<SearchHit> g : groups) out.addAll(g);
        return out.subList(0, Math.min(limit, out.size()));
    }

    private SearchHit hit(Document d, ScoreDoc sd, int page, Set<String> stems) {
        String body = d.get(SearchIndexer.BODY);
        String snippet = Snippets.snippet(body, Snippets.spans(body, stems));
        return new SearchHit(d.get(SearchIndexer.URL), d.get(SearchIndexer.PAGE_TITLE), d.get(SearchIndexer.SHOWN_HEADING),
                d.get(SearchIndexer.NUMBER), snippet, sd.score, page, sd.doc);
    }

    @Override
    public void close() throws IOException {
        if (reader != null) reader.close();
        directory.close();
    }
}
