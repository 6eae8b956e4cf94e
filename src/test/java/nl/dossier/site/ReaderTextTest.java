package nl.dossier.site;

import nl.dossier.TestSites;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The words around the text on the real site read as finished: the edition, the citation, the
 * reference format, the numbering of headings and contents, the breadcrumbs, the links to
 * sections outside the site, the soft hyphens kept out of what is not shown, and the PDF.
 */
class ReaderTextTest {
    static final char SHY = '\u00AD';
    static Path site;
    static final Map<String, Document> pages = new TreeMap<>();

    @BeforeAll
    static void load() throws IOException {
        site = TestSites.realSiteDir();
        pages.putAll(TestSites.realSitePages());
        assertTrue(pages.size() >= 13, "the real site's pages: " + pages.keySet());
    }

    private static String shown(Element e) {
        return e.text();
    }

    @Test
    void theFooterNamesTheEditionOnce() {
        for (var e : pages.entrySet()) {
            String footer = shown(e.getValue().selectFirst("footer.voet"));
            assertFalse(footer.toLowerCase().contains("editie: editie"), e.getKey() + ": " + footer);
            assertTrue(footer.contains("Editie 2024."), e.getKey() + ": " + footer);
        }
    }

    @Test
    void howToCiteGivesThePagesRealDate() {
        int checked = 0;
        for (var e : pages.entrySet()) {
            Element cite = e.getValue().selectFirst(".citeren p");
            if (cite == null) continue;
            Element updated = e.getValue().selectFirst(".bijgewerkt time");
            assertNotNull(updated, e.getKey());
            assertFalse(cite.text().contains("[datum]"), e.getKey() + ": " + cite.text());
            assertTrue(cite.text().contains("Bijgewerkt op " + updated.text() + "."), e.getKey() + ": " + cite.text());
            checked++;
        }
        assertTrue(checked >= 8, "the home page and every area page cite: " + checked);
    }

    @Test
    void webReferencesUseDutchWords() {
        String bibliography = pages.get("bronnen/index.html").select(".bronnenlijst").text();
        assertTrue(bibliography.contains("Beschikbaar via:"), "Dutch reference words");
        assertFalse(bibliography.contains("Available from"), "no English reference words");
    }

    @Test
    void theWholeChaptersContentsAreNumberedOnce() {
        Element contents = pages.get("volledig/index.html").selectFirst(".snel-naar");
        assertTrue(contents.select("ol").isEmpty(), "the contents are a plain list: the parts carry their own numbers");
        assertTrue(contents.select("li .nummer").size() >= 8, "every part with its number");
    }

    @Test
    void headingsInTheTextCarryTheNumbersThatSnelNaarShows() {
        int checked = 0;
        for (var e : pages.entrySet()) {
            Document d = e.getValue();
            for (Element link : d.select(".snel-naar li a[href^=#]:has(.nummer)")) {
                Element heading = d.getElementById(link.attr("href").substring(1));
                assertNotNull(heading, e.getKey() + " " + link.attr("href"));
                Element number = heading.selectFirst("span.nummer");
                assertNotNull(number, e.getKey() + ": heading " + heading.id() + " shows no number");
                assertEquals(link.selectFirst(".nummer").text(), number.text(), e.getKey() + " " + heading.id());
                checked++;
            }
        }
        assertTrue(checked >= 20, "the sections of every area page: " + checked);
    }

    @Test
    void breadcrumbsGoFromTheMonitorToThePageWithoutComingBack() {
        for (var e : pages.entrySet()) {
            List<Element> crumbs = e.getValue().select(".kruimelpad li");
            assertTrue(crumbs.size() >= 2, e.getKey());
            Set<String> targets = new HashSet<>();
            boolean insideTheSite = false;
            for (Element crumb : crumbs) {
                Element a = crumb.selectFirst("a[href]");
                if (a == null) continue;
                String href = a.attr("href");
                boolean external = href.startsWith("http");
                assertFalse(insideTheSite && external, e.getKey() + ": the trail leaves the site after entering it at " + href);
                insideTheSite |= !external;
                String target = a.absUrl("href").isEmpty() ? href : a.absUrl("href");
                assertTrue(targets.add(Path.of(e.getKey()).resolveSibling(href).normalize().toString()),
                        e.getKey() + ": two crumbs lead to " + target);
            }
            assertFalse(crumbs.get(0).text().isBlank());
            assertTrue(crumbs.get(0).selectFirst("a[href^=http]") != null, e.getKey() + ": the trail starts at the monitor's level above");
        }
    }

    @Test
    void linksToSectionsOutsideTheSiteSayWhereTheyGo() {
        int checked = 0;
        for (var e : pages.entrySet()) {
            for (Element a : e.getValue().select("a.sectie-verwijzing[rel=external]")) {
                assertTrue(a.attr("title").contains("startpagina") && a.attr("title").contains(shown(a).substring(2)),
                        e.getKey() + ": '" + shown(a) + "' opens " + a.attr("href") + " without saying so: " + a.attr("title"));
                checked++;
            }
        }
        assertTrue(checked >= 3, "§ 2.1, § 2.4 and § 16.2.2: " + checked);
    }

    @Test
    void theBibliographyNamesEachCitingSectionByNumberOnOneLine() {
        Document d = pages.get("bronnen/index.html");
        assertTrue(d.select(".geciteerd-in").isEmpty(), "no list of page titles per source");
        int sources = 0;
        for (Element p : d.select("p.geciteerd:has(a)")) {
            Set<String> numbers = new HashSet<>();
            for (Element a : p.select("a")) {
                assertTrue(a.text().matches("§\\s[0-9.]+"), a.text());
                assertTrue(numbers.add(a.text()), "each citing section once: " + p.text());
                assertFalse(a.attr("title").isBlank(), "the section's title: " + a);
            }
            sources++;
        }
        assertTrue(sources >= 50, "the cited sources: " + sources);
    }

    @Test
    void softHyphensAreShownButNeverInMetadataIdsOrSearchFiles() throws IOException {
        Document area = pages.get("ondermijningswetgeving/index.html");
        // jsoup's text() drops soft hyphens; wholeText() keeps them.
        assertTrue(area.selectFirst("h1").wholeText().indexOf(SHY) > 0, "the title is hyphenated");
        for (var e : pages.entrySet()) {
            Document d = e.getValue();
            assertTrue(d.selectFirst("title").wholeText().indexOf(SHY) < 0, e.getKey());
            for (Element m : d.select("meta[content], script[type=application/ld+json], [id]")) {
                assertTrue(m.attr("content").indexOf(SHY) < 0 && m.data().indexOf(SHY) < 0 && m.id().indexOf(SHY) < 0, e.getKey() + ": " + m);
            }
        }
        List<Path> searchFiles = new ArrayList<>();
        try (Stream<Path> files = Files.walk(site)) {
            files.filter(Files::isRegularFile).filter(f -> !f.toString().endsWith(".html") && !f.toString().endsWith(".pdf")
                    && !f.toString().endsWith(".zip") && !f.toString().contains("/assets/")).forEach(searchFiles::add);
        }
        assertTrue(searchFiles.size() >= 3, "the search files, sitemap and feed: " + searchFiles);
        for (Path f : searchFiles) {
            assertFalse(new String(Files.readAllBytes(f), java.nio.charset.StandardCharsets.UTF_8).indexOf(SHY) >= 0, f + " holds a soft hyphen");
        }
    }

    private static PDDocument chapterPdf() throws IOException {
        try (Stream<Path> files = Files.list(site.resolve("volledig"))) {
            return Loader.loadPDF(files.filter(f -> f.toString().endsWith(".pdf")).findFirst().orElseThrow().toFile());
        }
    }

    @Test
    void thePdfsSubjectIsWhatTheChapterIsAbout() throws IOException {
        try (PDDocument doc = chapterPdf()) {
            String subject = doc.getDocumentInformation().getSubject();
            assertFalse(subject == null || subject.isBlank() || subject.contains("op één pagina"), "Subject: " + subject);
        }
    }

    @Test
    void thePdfsContentsKeepEachPageNumberOnTheLineOfItsTitle() throws IOException {
        try (PDDocument doc = chapterPdf()) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            String contents = stripper.getText(doc);
            assertTrue(contents.contains("Inhoudsopgave"), contents);
            for (String line : contents.split("\\R")) {
                assertFalse(line.strip().matches("[0-9]+"), "a page number alone on a line of the contents:\n" + contents);
            }
        }
    }

    @Test
    void noLineOfThePdfEndsWithAnOpeningBracket() throws IOException {
        try (PDDocument doc = chapterPdf()) {
            for (String line : new PDFTextStripper().getText(doc).split("\\R")) {
                assertFalse(line.stripTrailing().endsWith("("), "a line ends with '(': " + line);
            }
        }
    }
}
