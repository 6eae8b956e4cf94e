package nl.dossier.link;

import nl.dossier.model.PageSource;
import nl.dossier.model.SourceFile;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A page's HTML is kept as UTF-8 (docs/performance-log.md, "Seventh session") and reads back unchanged. */
class LinkedPageHtmlTest {
    private static LinkedPage page(String slug) {
        PageSource source = new PageSource(new SourceFile(Path.of(slug + ".md"), "content/" + slug + ".md", "---\n---\n"),
                slug, "Titel", "2.1", 1, "Samenvatting", LocalDate.of(2024, 6, 1), "tekst", 3);
        return new LinkedPage(source, null);
    }

    @Test
    void theHtmlReadsBackAsItWasWrittenBeyondLatin1Too() {
        LinkedPage p = page("a");
        assertFalse(p.isRendered());
        assertNull(p.html());
        String html = "<p>Het ‘Breed offensief’ – 2019 € 𝔸 &amp; café</p>";
        p.setHtml(html);
        assertTrue(p.isRendered());
        assertEquals(html, p.html());
        assertEquals(html.length(), p.htmlLength(), "length in characters (UTF-16 units), as String.length()");
    }

    @Test
    void pagesWithTheSameHtmlAreRecognisedWithoutDecoding() {
        LinkedPage a = page("a");
        LinkedPage b = page("b");
        a.setHtml("<p>één – twee</p>");
        b.setHtml("<p>één – twee</p>");
        assertTrue(a.sameHtml(b));
        assertEquals(a.htmlHash(), b.htmlHash());
        b.setHtml("<p>één – drie</p>");
        assertFalse(a.sameHtml(b));
    }
}
