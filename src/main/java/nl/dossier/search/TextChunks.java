package nl.dossier.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The full text of every section, for what the word shards do not carry (results beyond the first
 * screen, or sections that only a combination of words ranks high): {@code s-N.js} holds whole
 * consecutive pages, {@code g}: per page its address, title and sections (anchor, heading, number,
 * text), and is closed once it passes {@value #CHUNK_BYTES} characters, so there are far fewer
 * files than pages and each stays small.
 */
final class TextChunks {
    static final int CHUNK_BYTES = 16_000;

    interface Writer {
        void write(String name, Object data) throws IOException;
    }

    private TextChunks() {
    }

    /** Writes the chunks; returns the first page of each. */
    static List<Integer> write(SectionCatalog catalog, Writer out) throws IOException {
        List<Integer> starts = new ArrayList<>();
        List<Object> pages = new ArrayList<>();
        int size = 0;
        List<SectionCatalog.Page> all = catalog.pages();
        SectionCatalog.Texts texts = catalog.textsForOneThread();
        for (int p = 0; p < all.size(); p++) {
            if (pages.isEmpty()) starts.add(p);
            SectionCatalog.Page page = all.get(p);
            int end = p + 1 < all.size() ? all.get(p + 1).firstSection() : catalog.sectionCount();
            List<Object> sections = new ArrayList<>();
            for (int doc = page.firstSection(); doc < end; doc++) {
                SectionCatalog.Section s = catalog.section(doc);
                String text = texts.text(doc);
                sections.add(List.of(s.anchor(), s.heading(), s.number(), text));
                size += text.length() + s.heading().length() + 20;
            }
            pages.add(List.of(page.url(), page.title(), sections));
            size += page.url().length() + page.title().length();
            if (size >= CHUNK_BYTES || p == all.size() - 1) {
                Map<String, Object> data = new LinkedHashMap<>();
                data.put("g", pages);
                out.write("s-" + (starts.size() - 1), data);
                pages = new ArrayList<>();
                size = 0;
            }
        }
        return starts;
    }
}
