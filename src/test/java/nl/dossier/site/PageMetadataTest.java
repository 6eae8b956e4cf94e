package nl.dossier.site;

import nl.dossier.StrictXml;
import nl.dossier.TestSites;
import nl.dossier.model.SiteSettings;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.json.Json;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Per page: title, description, canonical URL, Open Graph, schema.org JSON-LD, favicon, statements. */
class PageMetadataTest {
    static Path site;
    static SiteSettings settings;
    static final Map<String, Document> pages = new TreeMap<>();

    @BeforeAll
    static void load() throws IOException {
        settings = TestSites.realSite().graph().content().site();
        site = TestSites.realSiteDir();
        pages.putAll(TestSites.realSitePages());
    }

    static String meta(Document d, String css) {
        Element e = d.selectFirst(css);
        return e == null ? null : e.hasAttr("content") ? e.attr("content") : e.attr("href");
    }

    static String canonicalFor(String uri) {
        return settings.baseUrl() + "/" + (uri.endsWith("index.html") ? uri.substring(0, uri.length() - "index.html".length()) : uri);
    }

    @Test
    void everyPageHasTitleDescriptionCanonicalOpenGraphAndFavicon() {
        for (var e : pages.entrySet()) {
            String uri = e.getKey();
            Document d = e.getValue();
            assertFalse(d.title().isBlank(), uri);
            assertTrue(d.title().endsWith(settings.siteName()), uri + ": title names the site: " + d.title());
            String description = meta(d, "meta[name=description]");
            assertNotNull(description, uri + ": meta description");
            assertEquals("image/svg+xml", d.select("link[rel=icon]").attr("type"), uri + ": favicon");
            assertEquals("nl", d.selectFirst("html").attr("lang"));
            if (uri.equals("404.html")) {
                assertEquals("noindex", meta(d, "meta[name=robots]"));
                assertTrue(d.select("link[rel=canonical]").isEmpty());
                continue;
            }
            assertTrue(description.length() >= 40 && description.length() <= 300, uri + ": description length " + description.length());
            assertEquals(1, d.select("link[rel=canonical]").size(), uri);
            assertEquals(canonicalFor(uri), meta(d, "link[rel=canonical]"), uri + ": canonical URL");
            assertEquals(canonicalFor(uri), meta(d, "meta[property=og:url]"), uri);
            assertEquals(description, meta(d, "meta[property=og:description]"), uri);
            assertNotNull(meta(d, "meta[property=og:title]"), uri);
            assertEquals(settings.siteName(), meta(d, "meta[property=og:site_name]"), uri);
            assertEquals("nl_NL", meta(d, "meta[property=og:locale]"), uri);
            boolean article = d.selectFirst("article time") != null && !uri.startsWith("toegankelijkheid/") && !uri.startsWith("privacy/")
                    && !uri.startsWith("volledig/"); // the whole chapter is a compilation of articles, a WebPage
            assertEquals(article ? "article" : "website", meta(d, "meta[property=og:type]"), uri);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyIndexablePageHasValidJsonLdWithArticleOrWebPageAndBreadcrumbs() {
        int articles = 0;
        for (var e : pages.entrySet()) {
            String uri = e.getKey();
            Document d = e.getValue();
            List<Element> blocks = d.select("script[type=application/ld+json]");
            if (uri.equals("404.html")) {
                assertTrue(blocks.isEmpty(), "no structured data on the 404 page");
                continue;
            }
            assertEquals(1, blocks.size(), uri);
            assertEquals("head", blocks.get(0).parent().tagName(), uri);
            String json = ((DataNode) blocks.get(0).childNode(0)).getWholeData();
            assertFalse(json.contains("</") || json.contains("<!--"), uri + ": the data block cannot end its script element");
            Map<String, Object> root = new Json().toType(json, Map.class); // throws on invalid JSON
            assertEquals("https://schema.org", root.get("@context"));
            List<Map<String, Object>> graph = (List<Map<String, Object>>) root.get("@graph");
            Map<String, Object> page = graph.get(0);
            String canonical = canonicalFor(uri);
            assertEquals(canonical, page.get("url"), uri);
            assertEquals("nl", page.get("inLanguage"));
            if (page.get("@type").equals("Article")) {
                articles++;
                String h1 = d.selectFirst("h1").text();
                assertEquals(h1, page.get("headline"), uri + ": headline is the h1");
                assertEquals(d.selectFirst("time").attr("datetime"), page.get("dateModified"), uri);
                assertEquals(canonical, page.get("mainEntityOfPage"));
                assertEquals(settings.publisher(), ((Map<String, Object>) page.get("publisher")).get("name"));
            } else {
                assertEquals("WebPage", page.get("@type"), uri);
                assertEquals(d.selectFirst("h1").text(), page.get("name"), uri);
            }
            Map<String, Object> crumbs = graph.get(1);
            assertEquals("BreadcrumbList", crumbs.get("@type"));
            List<Map<String, Object>> items = (List<Map<String, Object>>) crumbs.get("itemListElement");
            assertTrue(items.size() >= 2, uri);
            for (int i = 0; i < items.size(); i++) {
                assertEquals("ListItem", items.get(i).get("@type"));
                assertEquals((long) (i + 1), ((Number) items.get(i).get("position")).longValue());
                assertTrue(((String) items.get(i).get("item")).startsWith("https://"), uri + ": absolute breadcrumb URLs");
                String item = (String) items.get(i).get("item");
                assertEquals(java.net.URI.create(item).normalize().toString(), item, uri + ": the address as a search engine compares it");
            }
            assertEquals(canonical, items.get(items.size() - 1).get("item"), uri + ": the trail ends at this page");
            assertEquals(items.size(), items.stream().map(i -> i.get("item")).distinct().count(), uri + ": each page once");
            // The visible trail ends at this page too.
            assertEquals("page", d.select(".kruimelpad li").last().selectFirst("[aria-current]").attr("aria-current"), uri);
        }
        assertEquals(TestSites.realSite().graph().pages().size(), articles, "home and every area page are Articles");
    }

    @Test
    void feedAndSitemapAreXmlToAStrictParser() throws IOException {
        int pageCount = TestSites.realSite().graph().pages().size();
        org.w3c.dom.Document feed = StrictXml.parse(site.resolve("feed.xml"));
        assertEquals("feed", feed.getDocumentElement().getLocalName());
        assertEquals(pageCount, feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry").getLength(), "one entry per page");
        org.w3c.dom.Document sitemap = StrictXml.parse(site.resolve("sitemap.xml"));
        assertEquals("urlset", sitemap.getDocumentElement().getLocalName());
        assertTrue(sitemap.getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "url").getLength() >= pageCount,
                "every page is in the sitemap");
    }

    @Test
    void accessibilityAndPrivacyStatementsAreLinkedFromEveryFooter() {
        Document a11y = pages.get("toegankelijkheid/index.html");
        Document privacy = pages.get("privacy/index.html");
        assertNotNull(a11y, "toegankelijkheidsverklaring");
        assertNotNull(privacy, "privacyverklaring");
        assertTrue(a11y.text().contains("WCAG 2.1"), "names the target standard");
        assertTrue(a11y.select("a[href$=/issues]").size() == 1, "says where to report a problem");
        assertTrue(privacy.text().contains("geen cookies"));
        for (var e : pages.entrySet()) {
            Element footer = e.getValue().selectFirst("footer.voet");
            assertNotNull(footer, e.getKey());
            assertEquals(1, footer.select("a[href$=toegankelijkheid/]").size(), e.getKey());
            assertEquals(1, footer.select("a[href$=privacy/]").size(), e.getKey());
        }
    }

    @Test
    void tableOfContentsIsAnUnnumberedListBecauseSectionsCarryTheirOwnNumbers() {
        Document d = pages.get("bestrijding-drugssmokkel/index.html");
        assertTrue(d.select("nav.snel-naar ol").isEmpty());
        assertEquals("2.1.7.3.1", d.selectFirst("nav.snel-naar ul > li .nummer").text());
    }
}
