package nl.dossier.site;

import nl.dossier.TestSites;
import nl.dossier.link.CitationUse;
import nl.dossier.link.LinkedPage;
import nl.dossier.link.SiteGraph;
import nl.dossier.model.GlossaryTerm;
import nl.dossier.model.Reference;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The built real site is fully cross-linked: citations, back links, sections, pages, glossary. */
class CrossLinkTest {
    static Path site;
    static SiteGraph graph;
    static final Map<Path, Document> pages = new HashMap<>();

    @BeforeAll
    static void build() throws IOException {
        graph = TestSites.realSite().graph();
        site = TestSites.realSiteDir();
        try (Stream<Path> files = Files.walk(site)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
                pages.put(f, Jsoup.parse(f.toFile(), "UTF-8"));
            }
        }
    }

    static Document page(String uri) {
        Document d = pages.get(site.resolve(uri));
        assertNotNull(d, "no page " + uri);
        return d;
    }

    /**
     * Independent of the build's own checker: every relative link and anchor resolves, a link to
     * a folder ("../begrippen/") as a server answers it, with the folder's index.html.
     */
    @Test
    void noInternalLinkOrAnchorIsBroken() {
        List<String> broken = new ArrayList<>();
        List<String> toIndexFiles = new ArrayList<>();
        int checked = 0;
        for (var e : pages.entrySet()) {
            for (Element a : e.getValue().select("a[href], link[href], img[src], script[src]")) {
                String ref = a.hasAttr("href") ? a.attr("href") : a.attr("src");
                URI uri = URI.create(ref);
                if (uri.getScheme() != null) continue;
                checked++;
                if (uri.getPath() != null && uri.getPath().endsWith("index.html")) toIndexFiles.add(site.relativize(e.getKey()) + " -> " + ref);
                Path target = uri.getPath() == null || uri.getPath().isEmpty() ? e.getKey()
                        : uri.getPath().startsWith("/") ? site.resolve(uri.getPath().substring(1))
                        : e.getKey().getParent().resolve(uri.getPath()).normalize();
                if (uri.getPath() != null && uri.getPath().endsWith("/")) target = target.resolve("index.html");
                if (!Files.isRegularFile(target)) {
                    broken.add(site.relativize(e.getKey()) + " -> " + ref);
                } else if (uri.getFragment() != null && target.toString().endsWith(".html")
                        && pages.get(target).getElementById(uri.getFragment()) == null) {
                    broken.add(site.relativize(e.getKey()) + " -> " + ref + " (anchor)");
                }
            }
        }
        assertTrue(checked > 400, "expected a densely linked site, checked " + checked);
        assertEquals(List.of(), broken);
        assertEquals(List.of(), toIndexFiles, "the hosted site links a page by its folder, not its index.html");
    }

    @Test
    void everyCitationLinksToAnEntryInThePagesOwnReferenceList() throws IOException {
        int citations = 0;
        int spans = 0;
        for (LinkedPage p : graph.pages()) {
            Document d = page(p.uri());
            Set<Integer> listed = d.select("ol.bronnenlijst > li[id^=bron-]").stream()
                    .map(li -> Integer.parseInt(li.id().substring(5))).collect(Collectors.toCollection(TreeSet::new));
            Set<Integer> linked = new TreeSet<>();
            spans += d.select("span.citatie").size();
            for (Element a : d.select(".tekst span.citatie a, .artikel span.citatie a")) {
                citations++;
                int id = Integer.parseInt(a.attr("href").substring("#bron-".length()));
                linked.add(id);
                assertTrue(listed.contains(id), p.uri() + ": citation " + id + " has no entry in the page's reference list");
            }
            // The list holds exactly what the page cites (ranges count every number in them).
            assertEquals(p.cited(), listed, p.uri());
            assertTrue(listed.containsAll(linked));
            for (Element li : d.select("ol.bronnenlijst > li")) {
                assertEquals(li.id().substring(5), li.attr("value"), "numbers as in the source");
            }
        }
        assertTrue(citations >= spans);
        assertEquals(seedCitationCount(), spans, "every bracketed citation of the seed is a citation on the site");
    }

    @Test
    void everyCitedReferenceHasBackLinksToEachCitingSection() {
        Document bibliography = page("bronnen/index.html");
        for (Reference r : graph.content().references()) {
            Element entry = bibliography.getElementById(r.anchor());
            assertNotNull(entry, "bibliography lacks " + r.anchor());
            List<String> backLinks = entry.select("a[href*=#cite-]").eachAttr("href");
            List<CitationUse> uses = graph.citationsOf(r);
            assertFalse(uses.isEmpty(), "reference " + r.id() + " is never cited (the seed cites all 54)");
            // One back link per citing section, to its first citation there.
            java.util.Map<String, CitationUse> firstInSection = new java.util.HashMap<>();
            for (CitationUse use : uses) firstInSection.putIfAbsent(use.section(), use);
            assertEquals(firstInSection.size(), backLinks.size(), "reference " + r.id() + ": one back link per citing section");
            for (CitationUse use : uses) {
                assertTrue(backLinks.contains("../" + firstInSection.get(use.section()).url()),
                        "reference " + r.id() + " lacks a back link to § " + use.section() + " for " + use.url());
                Element cite = page(use.page().uri()).getElementById(use.anchor());
                assertNotNull(cite, use.url());
                assertTrue(cite.select("a[href=#" + r.anchor() + "]").size() > 0
                        || rangeCovers(cite.text(), r.id()), "the citing place " + use.url() + " cites " + r.id());
            }
        }
    }

    static long seedCitationCount() throws IOException {
        String seed = Files.readString(SeedFidelityTest.SEED);
        seed = seed.substring(0, seed.indexOf("Aanvullende informatie"));
        return java.util.regex.Pattern.compile("\\[\\d+([–,-]\\s*\\d+)*\\]").matcher(seed).results().count();
    }

    private static boolean rangeCovers(String citation, int id) {
        var m = java.util.regex.Pattern.compile("(\\d+)\\s*[–-]\\s*(\\d+)").matcher(citation);
        while (m.find()) if (Integer.parseInt(m.group(1)) <= id && id <= Integer.parseInt(m.group(2))) return true;
        return false;
    }

    @Test
    void officialPublicationsLinkToOfficieleBekendmakingen() {
        Document bibliography = page("bronnen/index.html");
        assertEquals("https://zoek.officielebekendmakingen.nl/kst-29911-79.html",
                bibliography.getElementById("bron-1").selectFirst("a").attr("href"));
        Element stb = bibliography.select("li[id^=bron-]:contains(Stb. 2019-311)").first();
        assertNotNull(stb);
        assertEquals("https://zoek.officielebekendmakingen.nl/stb-2019-311.html", stb.selectFirst("a").attr("href"));
        long kamerstukken = graph.content().references().stream().filter(r -> r.kamerstuk() != null).count();
        assertEquals(kamerstukken, bibliography.select("a[href^=https://zoek.officielebekendmakingen.nl/kst-]").size());
    }

    @Test
    void sectionReferencesLinkInsideOrOutsideTheSite() {
        Element ref = page("drugsbestellingen-via-internet/index.html").selectFirst("a.sectie-verwijzing");
        assertNotNull(ref);
        assertEquals("§ 16.2.2", ref.text());
        assertEquals(graph.content().site().externalSections().get("16.2.2").url(), ref.attr("href"));
    }

    @Test
    void markdownLinksBetweenPagesAreRewrittenToTheBuiltPages() {
        Element a = page("criminaliteit-tijdens-detentie/index.html").selectFirst("a:contains(Lessen uit de Italiaanse aanpak)");
        assertNotNull(a);
        assertEquals("../strafrechtelijke-en-bestuurlijke-aanpak/#lessen-uit-de-italiaanse-aanpak", a.attr("href"));
    }

    @Test
    void abbreviationsAreMarkedOnFirstUseAndTheGlossaryListsWhereTheyAreUsed() {
        Document glossary = page("begrippen/index.html");
        for (LinkedPage p : graph.pages()) {
            Document d = page(p.uri());
            for (GlossaryTerm t : p.terms()) {
                var marked = d.select("a.begrip > abbr").stream().filter(e -> e.text().equals(t.term())).toList();
                assertEquals(1, marked.size(), p.uri() + ": " + t.term() + " marked once, on first use");
                assertEquals(t.name(), marked.get(0).attr("title"));
                assertEquals(p.root() + "begrippen/#" + t.anchor(), marked.get(0).parent().attr("href"));
                Element entry = glossary.getElementById(t.anchor());
                assertNotNull(entry, t.term());
                assertTrue(glossary.select("a[href=../" + p.url().replace("./", "") + "]").size() > 0, "glossary links to " + p.url());
            }
        }
        Element harp = glossary.getElementById("term-harp");
        assertNotNull(harp);
        assertTrue(harp.text().contains("HARP"));
    }

    @Test
    void previousAndNextWalkThePagesInReadingOrder() {
        List<LinkedPage> order = graph.pages();
        for (int i = 0; i + 1 < order.size(); i++) {
            Element next = page(order.get(i).uri()).selectFirst("a[rel=next]");
            assertNotNull(next, order.get(i).uri());
            assertTrue(next.attr("href").endsWith("/"), "links the folder: " + next.attr("href"));
            Path target = site.resolve(order.get(i).uri()).getParent().resolve(next.attr("href")).resolve("index.html").normalize();
            assertEquals(site.resolve(order.get(i + 1).uri()), target);
        }
        assertTrue(page(order.get(order.size() - 1).uri()).select("a[rel=next]").isEmpty());
    }

    @Test
    void everyPageHasOneH1StableHeadingIdsAndDutchLanguage() {
        for (LinkedPage p : graph.pages()) {
            Document d = page(p.uri());
            assertEquals("nl", d.selectFirst("html").attr("lang"));
            assertEquals(1, d.select("h1").size());
            for (var s : p.sections()) assertNotNull(d.getElementById(s.id()), p.uri() + "#" + s.id());
            assertNotNull(d.selectFirst("a[href=#inhoud]"), "skip link");
            assertNotNull(d.selectFirst("main#inhoud"));
        }
        assertNotNull(page("strafrechtelijke-en-bestuurlijke-aanpak/index.html").getElementById("lessen-uit-de-italiaanse-aanpak"));
    }

    @Test
    void sitemapAndFeedListEveryPage() throws IOException {
        String sitemap = Files.readString(site.resolve("sitemap.xml"));
        String feed = Files.readString(site.resolve("feed.xml"));
        for (LinkedPage p : graph.pages()) {
            String url = graph.content().site().baseUrl() + "/" + p.uri().replace("index.html", "");
            assertTrue(sitemap.contains("<loc>" + url + "</loc>"), url);
            assertTrue(feed.contains(url), url);
        }
        Jsoup.parse(feed, "", org.jsoup.parser.Parser.xmlParser());
        assertTrue(feed.startsWith("<?xml"));
    }
}
