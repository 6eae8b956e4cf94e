package nl.dossier.site;

import nl.dossier.TestSites;
import nl.dossier.link.LinkedPage;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** volledig/index.html: the whole chapter in reading order, with in-page citations and cross-references. */
class CompletePageTest {
    static Path site;
    static Document complete;

    @BeforeAll
    static void load() throws IOException {
        site = TestSites.realSiteDir();
        complete = Jsoup.parse(site.resolve("volledig/index.html").toFile(), "UTF-8");
    }

    @Test
    void everyPageIsThereInReadingOrderWithItsTextAndReferences() throws IOException {
        List<LinkedPage> pages = TestSites.realSite().graph().pages();
        List<String> order = new ArrayList<>();
        for (Element part : complete.select("section.deel")) order.add(part.id());
        List<String> expected = new ArrayList<>(pages.stream().map(p -> p.source().isHome() ? "inleiding" : p.source().slug()).toList());
        expected.add("begrippen");
        assertEquals(expected, order);
        for (LinkedPage p : pages) {
            Document own = Jsoup.parse(site.resolve(p.uri()).toFile(), "UTF-8");
            Element part = complete.getElementById(p.source().isHome() ? "inleiding" : p.source().slug());
            assertNotNull(part, p.uri());
            assertEquals(own.select("article .tekst").text(), part.selectFirst(".tekst").text(), "text of " + p.uri());
            assertEquals(own.select(".aanvullende-informatie .bronnenlijst > li").eachText(),
                    part.select(".bronnenlijst > li").eachText(), "references of " + p.uri());
        }
        assertTrue(complete.text().contains("Breed offensief"));
    }

    @Test
    void citationsCrossReferencesAndTermsAreInPageLinks() {
        List<String> notInPage = new ArrayList<>();
        int inPage = 0;
        for (Element a : complete.select("section.deel .tekst a[href], section.deel .bronnenlijst a[href]")) {
            String href = a.attr("href");
            if (URI.create(href).getScheme() != null) continue;
            if (href.startsWith("#") && complete.getElementById(href.substring(1)) != null) inPage++;
            else notInPage.add(href);
        }
        assertEquals(List.of(), notInPage);
        assertTrue(inPage >= 99 + 25, "every citation and term use links in-page, found " + inPage);
        // A citation on one part lands in that part's own reference list.
        Element cite = complete.selectFirst("#breed-offensief-botoc .citatie a");
        assertNotNull(cite);
        assertTrue(cite.attr("href").startsWith("#breed-offensief-botoc--bron-"), cite.attr("href"));
    }

    @Test
    void homeAndFooterLinkToIt() throws IOException {
        Document home = Jsoup.parse(site.resolve("index.html").toFile(), "UTF-8");
        assertFalse(home.select(".offline-lezen a[href='volledig/']").isEmpty());
        assertFalse(home.select(".voet a[href='volledig/']").isEmpty());
        Document area = Jsoup.parse(site.resolve("bestrijding-drugssmokkel/index.html").toFile(), "UTF-8");
        assertFalse(area.select(".voet a[href='../volledig/']").isEmpty());
    }
}
