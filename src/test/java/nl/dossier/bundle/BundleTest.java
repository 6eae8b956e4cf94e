package nl.dossier.bundle;

import nl.dossier.TestSites;
import nl.dossier.cli.Main;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The offline zip of the real site, as the normal build writes it next to the site. */
class BundleTest {
    static final String TOP = "drugscriminaliteit-editie-2024";
    static Path zip;
    static Map<String, byte[]> entries = new LinkedHashMap<>();

    @BeforeAll
    static void read() throws IOException {
        zip = TestSites.realSite().zip();
        try (ZipFile z = new ZipFile(zip.toFile())) {
            for (Enumeration<? extends ZipEntry> e = z.entries(); e.hasMoreElements(); ) {
                ZipEntry entry = e.nextElement();
                entries.put(entry.getName(), z.getInputStream(entry).readAllBytes());
            }
        }
    }

    static Document html(String name) {
        return Jsoup.parse(new String(entries.get(name), StandardCharsets.UTF_8), "");
    }

    @Test
    void isNextToTheSiteNamedAfterSiteAndEditionAndWithinBudget() throws IOException {
        assertEquals(TestSites.realSiteDir().resolveSibling(TOP + "-offline.zip"), zip);
        long size = Files.size(zip);
        assertTrue(size <= 2_000_000, "size budget 2 MB, was " + size);
        // The hosted site serves the same file, so the home page's download link works.
        assertArrayEquals(Files.readAllBytes(zip), Files.readAllBytes(TestSites.realSiteDir().resolve(TOP + "-offline.zip")));
    }

    @Test
    void hasOneTopFolderWithIndexHtmlAndEveryPage() throws IOException {
        for (String name : entries.keySet()) assertTrue(name.startsWith(TOP + "/"), name);
        assertTrue(entries.containsKey(TOP + "/index.html"));
        TreeSet<String> sitePages = new TreeSet<>();
        Path site = TestSites.realSiteDir();
        try (Stream<Path> walk = Files.walk(site)) {
            walk.filter(p -> p.toString().endsWith(".html")).forEach(p -> sitePages.add(site.relativize(p).toString().replace('\\', '/')));
        }
        sitePages.remove("404.html"); // works only on a server; not in the offline copy
        TreeSet<String> zipPages = new TreeSet<>();
        for (String name : entries.keySet()) if (name.endsWith(".html")) zipPages.add(name.substring(TOP.length() + 1));
        assertEquals(sitePages, zipPages);
        assertTrue(zipPages.contains("volledig/index.html"));
        assertTrue(entries.keySet().stream().anyMatch(n -> n.matches(TOP + "/assets/css/site\\.[0-9a-f]{10}\\.css")), "the fingerprinted stylesheet");
        assertTrue(entries.containsKey(TOP + "/volledig/drugscriminaliteit-editie-2024.pdf"), "the PDF is in the bundle too");
        assertFalse(entries.keySet().stream().anyMatch(n -> n.endsWith(".zip")), "the zip does not contain itself");
    }

    @Test
    void pagesSayTheyAreAnOfflineCopyAndLinkOnlyInsideTheBundle() {
        List<String> selfLinks = new ArrayList<>();
        for (String name : entries.keySet()) {
            if (!name.endsWith(".html")) continue;
            Document d = html(name);
            Element banner = d.selectFirst(".offline-kopie");
            assertTrue(banner != null && banner.text().contains("editie 2024") && banner.text().contains("27 november 2026"), name);
            assertTrue(banner.selectFirst("a.live-versie").attr("href").startsWith("https://drugscriminaliteit.netlify.app/"), name);
            for (Element e : d.select("[href], [src]")) {
                if (e.is("link[rel=canonical], a.live-versie")) continue;
                String ref = e.hasAttr("href") ? e.attr("href") : e.attr("src");
                if (ref.contains("drugscriminaliteit.netlify.app")) selfLinks.add(name + " -> " + ref);
                if (ref.startsWith("/")) selfLinks.add(name + " -> " + ref + " (root-relative)");
            }
        }
        assertEquals(List.of(), selfLinks);
        // Opened from disk, a link to a folder shows the folder: every page is linked by its index.html.
        List<String> folderLinks = new ArrayList<>();
        int pageLinks = 0;
        for (String name : entries.keySet()) {
            if (!name.endsWith(".html")) continue;
            for (Element e : html(name).select("a[href], form[action]")) {
                String ref = e.hasAttr("href") ? e.attr("href") : e.attr("action");
                String path = ref.replaceFirst("[?#].*", "");
                if (path.endsWith("/") && !ref.contains(":")) folderLinks.add(name + " -> " + ref);
                if (path.endsWith("index.html")) pageLinks++;
            }
        }
        assertEquals(List.of(), folderLinks);
        assertTrue(pageLinks > 300, "links between pages: " + pageLinks);
        // The copy is the download: its home page has no link to a zip.
        assertTrue(html(TOP + "/index.html").select("a[href$=.zip]").isEmpty());
    }

    @Test
    void homePageOfTheSiteLinksToTheZipWithItsSize() throws IOException {
        Document home = Jsoup.parse(TestSites.realSiteDir().resolve("index.html").toFile(), "UTF-8");
        Element link = home.selectFirst("a[href=" + TOP + "-offline.zip]");
        assertTrue(link != null && link.text().equals("Download voor offline gebruik"));
        long kb = Math.round(Files.size(zip) / 1000.0);
        assertTrue(link.parent().text().contains("zip, " + kb + " kB"), link.parent().text());
        assertTrue(home.select(".offline-kopie").isEmpty(), "the hosted site has no offline banner");
    }

    @Test
    void entriesComeInAFixedOrderWithOneFixedTimestamp() throws IOException {
        // Sorted in three runs, each zipped as it is made (Bundler.make): the chapter's pages and
        // the assets; then the documents that list the whole site, and the search files; then the
        // PDF. Every folder comes before its first file.
        List<String> names = new ArrayList<>(entries.keySet());
        assertEquals(TOP + "/volledig/" + TOP + ".pdf", names.get(names.size() - 1));
        int second = 1;
        while (names.get(second).compareTo(names.get(second - 1)) > 0) second++;
        assertSorted(names.subList(0, second));
        assertSorted(names.subList(second, names.size() - 1));
        List<String> first = names.subList(0, second);
        assertTrue(first.contains(TOP + "/index.html") && first.contains(TOP + "/bestrijding-drugssmokkel/index.html"), "pages first");
        assertTrue(first.stream().anyMatch(n -> n.startsWith(TOP + "/assets/css/")), "with the assets");
        for (String later : List.of("bronnen/index.html", "begrippen/index.html", "volledig/index.html", "feed.xml", "search/manifest.js")) {
            assertTrue(names.indexOf(TOP + "/" + later) >= second, later + " in the second run");
        }
        for (int i = 1; i < names.size(); i++) {
            String name = names.get(i);
            String folder = name.substring(0, name.lastIndexOf('/', name.length() - 2) + 1);
            int at = names.indexOf(folder);
            assertTrue(at >= 0 && at < i, name + " after its folder " + folder);
        }
        try (ZipFile z = new ZipFile(zip.toFile())) {
            z.stream().forEach(e -> assertEquals(LocalDateTime.of(2026, 11, 27, 0, 0), e.getTimeLocal(), e.getName()));
        }
    }

    private static void assertSorted(List<String> names) {
        List<String> sorted = new ArrayList<>(names);
        sorted.sort(null);
        assertEquals(sorted, names);
    }

    @Test
    void theBundleCommandWritesTheSameBytes(@TempDir Path tmp) throws IOException {
        Path again = tmp.resolve("again.zip");
        assertEquals(0, Main.run("bundle", "--source", TestSites.projectRoot().toString(), "--output", again.toString(), "--quiet"));
        assertArrayEquals(Files.readAllBytes(zip), Files.readAllBytes(again), "same input, same zip");
        try (Stream<Path> left = Files.list(tmp)) {
            assertEquals(List.of("again.zip", "dossier-cache"), left.map(p -> p.getFileName().toString()).sorted().toList(),
                    "no temporary files left, only the zip and the PDF cache");
        }
    }

    @Test
    void aFailedBuildLeavesThePreviousZipAlone(@TempDir Path tmp) throws IOException {
        // A zip as Dossier writes it (only such a file is replaced), holding one page.
        Path previous = tmp.resolve(TOP + "-offline.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(previous))) {
            out.setComment(Bundler.ZIP_COMMENT);
            out.putNextEntry(new ZipEntry(TOP + "/"));
            out.putNextEntry(new ZipEntry(TOP + "/index.html"));
            out.write("previous zip".getBytes(StandardCharsets.UTF_8));
        }
        byte[] before = Files.readAllBytes(previous);
        Path broken = Files.createDirectories(tmp.resolve("proj/content")).getParent();
        assertEquals(1, Main.run("build", "--source", broken.toString(), "--output", tmp.resolve("site").toString(), "--quiet"));
        assertEquals(1, Main.run("bundle", "--source", broken.toString(), "--output", previous.toString(), "--quiet"));
        assertArrayEquals(before, Files.readAllBytes(previous));
    }

    @Test
    void timestampIsSourceDateEpochOrTheEditionDate() {
        LocalDate edition = LocalDate.of(2026, 11, 27);
        assertEquals(LocalDateTime.of(2026, 11, 27, 0, 0), BundleTime.of(null, edition));
        assertEquals(LocalDateTime.of(2026, 11, 27, 0, 0), BundleTime.of("not a number", edition));
        assertEquals(LocalDateTime.of(2023, 11, 14, 22, 13, 20), BundleTime.of("1700000000", edition));
        assertEquals(LocalDateTime.of(1980, 1, 1, 0, 0), BundleTime.of("0", edition), "zip times start in 1980");
    }
}
