package nl.dossier.search;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StoredFields;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * What the browser shows of each section and page (address, title, heading, number), read once
 * from the index's stored fields. Section texts are read on demand ({@link #textsForOneThread}): they are most of the index.
 */
final class SectionCatalog {
    record Section(int page, String anchor, String heading, String number) {
    }

    record Page(String url, String title, int firstSection) {
    }

    /** The stored fields the catalog keeps; not the section text, which is most of each document. */
    private static final java.util.Set<String> SHOWN = java.util.Set.of(SearchIndexer.PAGE, SearchIndexer.URL,
            SearchIndexer.PAGE_TITLE, SearchIndexer.SHOWN_HEADING, SearchIndexer.NUMBER);

    private final IndexReader reader;
    private final List<Section> sections = new ArrayList<>();
    private final List<Page> pages = new ArrayList<>();

    SectionCatalog(IndexReader reader) throws IOException {
        this.reader = reader;
        Document[] shown = readShown(reader);
        for (int doc = 0; doc < shown.length; doc++) {
            Document d = shown[doc];
            int p = d.getField(SearchIndexer.PAGE).numericValue().intValue();
            String url = d.get(SearchIndexer.URL);
            int hash = url.indexOf('#');
            if (p != pages.size() - 1) {
                // Sections of a page are contiguous and pages come in order: the browser relies on it.
                if (p != pages.size()) throw new IllegalStateException("sections out of page order at " + doc);
                pages.add(new Page(url.substring(0, hash), d.get(SearchIndexer.PAGE_TITLE), doc));
            }
            sections.add(new Section(p, url.substring(hash + 1), d.get(SearchIndexer.SHOWN_HEADING), d.get(SearchIndexer.NUMBER)));
        }
    }

    /** Sections read together by one thread, with its own stored-fields reader. */
    private static final int BLOCK = 1024;

    /**
     * Every section's shown fields. Reading them means decompressing the whole stored document,
     * text included, so it runs on every core: at 10,000 pages it took 3 s on one.
     */
    private static Document[] readShown(IndexReader reader) throws IOException {
        Document[] shown = new Document[reader.maxDoc()];
        ParallelBlocks.run(shown.length, BLOCK, (from, to) -> {
            StoredFields own = reader.storedFields();
            for (int doc = from; doc < to; doc++) shown[doc] = own.document(doc, SHOWN);
        });
        return shown;
    }

    Section section(int doc) {
        return sections.get(doc);
    }

    int sectionCount() {
        return sections.size();
    }

    Page page(int page) {
        return pages.get(page);
    }

    List<Page> pages() {
        return pages;
    }

    /** Section texts for one thread: Lucene's stored fields are not to be shared between threads. */
    interface Texts {
        String text(int doc) throws IOException;
    }

    Texts textsForOneThread() throws IOException {
        StoredFields own = reader.storedFields();
        return doc -> own.document(doc).get(SearchIndexer.BODY);
    }
}
