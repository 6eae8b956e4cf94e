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
            LeafReader r = leaf.reader();
            Columns c = new Columns(r);
            for (int doc = 0; doc < r.maxDoc(); doc++) add(leaf.docBase + doc, c, doc);
        }
    }

    /** The shown fields as doc values, read one after the other: no section text is decompressed. */
    private static final class Columns {
        final NumericDocValues page;
        final BinaryDocValues url, pageTitle, heading, number;

        Columns(LeafReader r) throws IOException {
            page = DocValues.getNumeric(r, SearchIndexer.PAGE);
            url = DocValues.getBinary(r, SearchIndexer.URL);
            pageTitle = DocValues.getBinary(r, SearchIndexer.PAGE_TITLE);
            heading = DocValues.getBinary(r, SearchIndexer.SHOWN_HEADING);
            number = DocValues.getBinary(r, SearchIndexer.NUMBER);
        }

        static String string(BinaryDocValues values, int doc) throws IOException {
            if (!values.advanceExact(doc)) throw new IllegalStateException("section " + doc + " lacks a shown field");
            return values.binaryValue().utf8ToString();
        }
    }

    private void add(int doc, Columns c, int leafDoc) throws IOException {
        if (!c.page.advanceExact(leafDoc)) throw new IllegalStateException("section " + doc + " has no page");
        int p = (int) c.page.longValue();
        String url = Columns.string(c.url, leafDoc);
        int hash = url.indexOf('#');
        if (p != pages.size() - 1) {
            // Sections of a page are contiguous and pages come in order: the browser relies on it.
            if (p != pages.size()) throw new IllegalStateException("sections out of page order at " + doc);
            pages.add(new Page(url.substring(0, hash), Columns.string(c.pageTitle, leafDoc), doc));
        }
        sections.add(new Section(p, url.substring(hash + 1), Columns.string(c.heading, leafDoc), Columns.string(c.number, leafDoc)));
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
