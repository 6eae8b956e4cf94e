package nl.dossier.search;

import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.StoredFields;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * What the browser shows of each section and page (address, title, heading, number), read once
 * from the index's doc values. Section texts are read on demand ({@link #textsForOneThread}): they are most of the index.
 */
final class SectionCatalog {
    record Section(int page, String anchor, String heading, String number) {
    }

    record Page(String url, String title, int firstSection) {
    }

    private final IndexReader reader;
    private final List<Section> sections = new ArrayList<>();
    private final List<Page> pages = new ArrayList<>();

    SectionCatalog(IndexReader reader) throws IOException {
        this.reader = reader;
        for (LeafReaderContext leaf : reader.leaves()) {
            Columns c = new Columns(leaf);
            for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) add(c, doc);
        }
    }

    /** The shown fields of one segment as doc values, read one after the other: no section text is decompressed. */
    private static final class Columns {
        final int docBase;
        final NumericDocValues page;
        final BinaryDocValues url, pageTitle, heading, number;

        Columns(LeafReaderContext leaf) throws IOException {
            docBase = leaf.docBase;
            LeafReader r = leaf.reader();
            page = DocValues.getNumeric(r, SearchIndexer.PAGE);
            url = DocValues.getBinary(r, SearchIndexer.URL);
            pageTitle = DocValues.getBinary(r, SearchIndexer.PAGE_TITLE);
            heading = DocValues.getBinary(r, SearchIndexer.SHOWN_HEADING);
            number = DocValues.getBinary(r, SearchIndexer.NUMBER);
        }

        int page(int doc) throws IOException {
            if (!page.advanceExact(doc)) throw missing(SearchIndexer.PAGE, doc);
            return (int) page.longValue();
        }

        String string(BinaryDocValues values, String field, int doc) throws IOException {
            if (!values.advanceExact(doc)) throw missing(field, doc);
            return values.binaryValue().utf8ToString();
        }

        private IllegalStateException missing(String field, int doc) {
            return new IllegalStateException("section " + (docBase + doc) + " has no " + field);
        }
    }

    /** @param doc the section's document id within its segment */
    private void add(Columns c, int doc) throws IOException {
        int p = c.page(doc);
        String url = c.string(c.url, SearchIndexer.URL, doc);
        int hash = url.indexOf('#');
        if (p != pages.size() - 1) {
            // Sections of a page are contiguous and pages come in order: the browser relies on it.
            if (p != pages.size()) throw new IllegalStateException("sections out of page order at " + (c.docBase + doc));
            pages.add(new Page(url.substring(0, hash), c.string(c.pageTitle, SearchIndexer.PAGE_TITLE, doc), c.docBase + doc));
        }
        sections.add(new Section(p, url.substring(hash + 1), c.string(c.heading, SearchIndexer.SHOWN_HEADING, doc),
                c.string(c.number, SearchIndexer.NUMBER, doc)));
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
