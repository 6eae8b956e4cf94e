package nl.dossier.search;

import org.apache.lucene.codecs.StoredFieldsReader;
import org.apache.lucene.document.DocumentStoredFieldVisitor;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.CodecReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;

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

    /**
     * Texts for one thread that reads sections in ascending order, as the export's passes do.
     * Stored fields are compressed in blocks of many sections; the ordinary reader decompresses
     * a block again for every section it returns, the merge instance (meant for reading a
     * segment through) keeps the block it is in: at 1,000 pages these reads were 0.5 of the
     * export's 1.3 s of CPU. Out-of-order reads still work, only slower.
     */
    Texts textsForOneThread() throws IOException {
        List<LeafReaderContext> leaves = reader.leaves();
        StoredFieldsReader[] own = new StoredFieldsReader[leaves.size()];
        return doc -> {
            int leaf = ReaderUtil.subIndex(doc, leaves);
            if (own[leaf] == null) own[leaf] = sequentialReader(leaves.get(leaf).reader());
            DocumentStoredFieldVisitor body = new DocumentStoredFieldVisitor(SearchIndexer.BODY);
            own[leaf].document(doc - leaves.get(leaf).docBase, body);
            return body.getDocument().get(SearchIndexer.BODY);
        };
    }

    private static StoredFieldsReader sequentialReader(LeafReader leaf) {
        if (leaf instanceof CodecReader codec) return codec.getFieldsReader().getMergeInstance();
        throw new IllegalStateException("not a segment of an index on disk: " + leaf);
    }
}
