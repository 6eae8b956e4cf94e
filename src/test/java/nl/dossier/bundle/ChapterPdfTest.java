package nl.dossier.bundle;

import nl.dossier.TestSites;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The chapter PDF: text, bookmarks, tags, language, title, embedded fonts, working links. */
class ChapterPdfTest {
    static final String PDF = "volledig/drugscriminaliteit-editie-2024.pdf";
    static Path pdf;
    static PDDocument doc;

    @BeforeAll
    static void open() throws IOException {
        pdf = TestSites.realSiteDir().resolve(PDF);
        doc = Loader.loadPDF(pdf.toFile());
    }

    @AfterAll
    static void close() throws IOException {
        doc.close();
    }

    @Test
    void hasTheChaptersText() throws IOException {
        String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        assertTrue(text.contains("Breed offensief"), "text extraction finds the BOTOC page");
        assertTrue(text.contains("Bestrijding drugssmokkel"));
        assertTrue(text.contains("Hit and Run Postteam"), "the glossary is in it");
        assertTrue(doc.getNumberOfPages() >= 10, "pages: " + doc.getNumberOfPages());
    }

    @Test
    void hasABookmarkForEveryPageWithItsSections() throws IOException {
        Document complete = Jsoup.parse(TestSites.realSiteDir().resolve("volledig/index.html").toFile(), "UTF-8");
        List<String> expected = new ArrayList<>();
        for (Element h : complete.select("section.deel > h2")) expected.add(h.text());
        List<String> titles = new ArrayList<>();
        int children = 0;
        for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) {
            titles.add(item.getTitle());
            for (PDOutlineItem child : item.children()) {
                children++;
                assertNotNull(child.getDestination() != null ? child.getDestination() : child.getAction(), child.getTitle());
            }
        }
        assertEquals(expected, titles.subList(1, titles.size()), "after 'Inhoudsopgave', one bookmark per part");
        assertEquals(8 + 1, expected.size(), "7 areas, the chapter page and the glossary");
        assertTrue(children >= 20, "sections and reference lists below each part: " + children);
    }

    @Test
    void isTaggedWithLanguageTitleAndEmbeddedFonts() throws IOException {
        var catalog = doc.getDocumentCatalog();
        assertNotNull(catalog.getStructureTreeRoot(), "StructTreeRoot");
        assertTrue(catalog.getMarkInfo() != null && catalog.getMarkInfo().isMarked(), "MarkInfo /Marked true");
        assertEquals("nl", catalog.getLanguage());
        assertTrue(doc.getDocumentInformation().getTitle().startsWith("Beleid ter bestrijding van drugsgerelateerde criminaliteit"));
        assertTrue(catalog.getViewerPreferences().displayDocTitle());
        String xmp = new String(catalog.getMetadata().toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(xmp.contains("pdfuaid:part") && xmp.contains("pdfaid:part"), "claims PDF/UA and PDF/A");
        for (PDPage page : doc.getPages()) {
            for (var name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                assertTrue(font.isEmbedded(), font.getName() + " is embedded");
            }
        }
    }

    /** The site's search box is chrome: no form field in the PDF, and not its hidden label either. */
    @Test
    void hasNoFormFields() throws IOException {
        assertNull(doc.getDocumentCatalog().getAcroForm(), "AcroForm");
        for (PDPage page : doc.getPages()) {
            for (var annotation : page.getAnnotations()) {
                assertNotEquals("Widget", annotation.getSubtype(), "a form field's widget on page " + (doc.getPages().indexOf(page) + 1));
            }
        }
        String text = new PDFTextStripper().getText(doc);
        assertFalse(text.contains("Zoeken in dit hoofdstuk"), "the search box's label");
    }

    /**
     * Every glyph stands for one letter: no ligature glyphs (ﬀ, ﬁ, ﬂ), which a viewer's search or
     * a screen reader may take for other characters than the letters printed ("oﬀensief").
     */
    @Test
    void lettersAreNotJoinedIntoLigatures() throws IOException {
        int fonts = 0;
        for (PDPage page : doc.getPages()) {
            for (var name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                fonts++;
                for (int code = 0; code <= 0xFFFF; code++) {
                    String letters = font.toUnicode(code);
                    if (letters == null) continue;
                    assertEquals(1, letters.codePointCount(0, letters.length()), font.getName() + " code " + code + ": " + letters);
                    assertFalse(letters.charAt(0) >= '\uFB00' && letters.charAt(0) <= '\uFB06', font.getName() + " ligature " + letters);
                }
            }
        }
        assertTrue(fonts > 0, "fonts checked: " + fonts);
    }

    @Test
    void citationsAndCrossReferencesAreClickable() throws IOException {
        int inDocument = 0;
        for (PDPage page : doc.getPages()) {
            for (PDAnnotation a : page.getAnnotations()) {
                if (a instanceof PDAnnotationLink link
                        && (link.getDestination() != null || link.getAction() instanceof PDActionGoTo)) inDocument++;
            }
        }
        assertTrue(inDocument >= 99, "every citation jumps to its reference: " + inDocument + " in-document links");
    }

    @Test
    void isLinkedFromHomeAndTheCompletePageWithItsSize() throws IOException {
        Path site = TestSites.realSiteDir();
        long kb = Math.round(Files.size(pdf) / 1000.0);
        Element home = Jsoup.parse(site.resolve("index.html").toFile(), "UTF-8").selectFirst("a[href=" + PDF + "]");
        assertTrue(home != null && home.parent().text().contains(kb + " kB"), String.valueOf(home));
        Element complete = Jsoup.parse(site.resolve("volledig/index.html").toFile(), "UTF-8").selectFirst("a[href=../" + PDF + "]");
        assertTrue(complete != null && complete.text().contains(kb + " kB"), String.valueOf(complete));
        assertTrue(Files.size(pdf) < 1_000_000, "PDF size " + Files.size(pdf));
    }
}
