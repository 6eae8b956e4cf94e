package nl.dossier.bake;

import nl.dossier.TestFiles;
import nl.dossier.TestSites;
import nl.dossier.build.SiteBuilderAccess;
import nl.dossier.link.SiteGraph;
import nl.dossier.model.ContentException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A document is rendered once for both editions where its hosted page is the copy's without
 * what {@code <@offlineOnly>} wrote (EditionTrace): the hosted site baked that way must be, file
 * for file and byte for byte, the hosted site baked on its own, whatever the templates do.
 */
class EditionSharingTest {
    private static final Edition HOSTED = Edition.online(new Edition.Download("hoofdstuk-offline.zip", 615_432),
            new Edition.Download("volledig/hoofdstuk.pdf", 237_123));
    private static final Edition COPY = Edition.offline(new Edition.Download("volledig/hoofdstuk.pdf", 0));

    @TempDir
    Path temp;

    /** What the copy's rendering gave, and the hosted site baked with it and on its own. */
    private record Bakes(Map<String, String> copy, Set<String> shared, Set<String> documents, Path withCopy, Path alone) {
        String hosted(String file) throws IOException {
            return Files.readString(withCopy.resolve(file));
        }
    }

    private Bakes bake(Path project) throws ContentException, IOException {
        SiteGraph graph = SiteBuilderAccess.prepare(project);
        Bakery bakery = new Bakery(project);
        Path withCopy = temp.resolve("with-copy");
        Path alone = temp.resolve("alone");
        HostedPages hosted = bakery.hostedPages(withCopy);
        SiteInMemory copy = bakery.inMemory(graph, temp.resolve("copy"), COPY, hosted);
        Map<String, String> copyPages = new TreeMap<>();
        Set<String> files = new TreeSet<>(copy.pagesAndAssets());
        files.addAll(copy.siteWide());
        for (String file : files) {
            if (!copy.isDocument(file)) continue;
            String html = copy.render(file);
            assertNotNull(html, file);
            copyPages.put(file, html);
        }
        copy.throwIfFailed();
        bakery.bake(graph, withCopy, HOSTED, hosted);
        bakery.bake(graph, alone, HOSTED);
        // The hosted site baked with the copy's pages is the site baked on its own.
        Map<String, String> expected = tree(alone);
        Map<String, String> actual = tree(withCopy);
        assertEquals(expected.keySet(), actual.keySet());
        expected.forEach((file, text) -> assertEquals(text, actual.get(file), file));
        return new Bakes(copyPages, hosted.written(), copyPages.keySet(), withCopy, alone);
    }

    /** Every file below a folder with its text (all the site's files are text or small). */
    private static Map<String, String> tree(Path dir) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                out.put(dir.relativize(p).toString(), new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1));
            }
        }
        return out;
    }

    private Path project() throws IOException {
        Path project = temp.resolve("project");
        for (String dir : List.of("content", "templates", "assets")) TestFiles.copyTree(TestSites.projectRoot().resolve(dir), project.resolve(dir));
        return project;
    }

    private static void replace(Path project, String template, String old, String replacement) throws IOException {
        Path file = project.resolve("templates").resolve(template);
        String text = Files.readString(file);
        assertTrue(text.contains(old), template + " has " + old);
        Files.writeString(file, text.replace(old, replacement));
    }

    @Test
    void theRealTemplatesRenderEveryDocumentButTheHomePageOnce() throws Exception {
        Bakes b = bake(TestSites.projectRoot());
        Set<String> expected = new TreeSet<>(b.documents());
        // The home page shows the zip's size, the one-page chapter the PDF's; the copy has neither.
        expected.removeAll(List.of("index.html", "volledig/index.html"));
        assertEquals(expected, new TreeSet<>(b.shared()));
        assertTrue(b.shared().containsAll(List.of("bronnen/index.html", "begrippen/index.html", "feed.xml", "sitemap.xml")));
        for (String file : b.shared()) {
            if (!file.endsWith(".html")) continue;
            assertTrue(b.copy().get(file).contains("class=\"offline-kopie"), file + ": the copy has its banner");
            assertFalse(b.hosted(file).contains("offline-kopie"), file + ": the site has none");
        }
        assertTrue(b.hosted("index.html").contains("615 kB"), "the home page, rendered for the site, shows the zip's size");
        assertTrue(b.hosted("volledig/index.html").contains("237 kB"), "the one-page chapter, rendered for the site, shows the PDF's");
    }

    @Test
    void aPageThatReadsTheEditionIsRenderedForEach() throws Exception {
        Path project = project();
        replace(project, "page.ftl", "<article class=\"artikel\">",
                "<article class=\"artikel\"><p class=\"pdf\">PDF ${content.downloads.pdfSize}</p>");
        replace(project, "glossary.ftl", "<#import \"layout.ftl\" as layout>",
                "<#import \"layout.ftl\" as layout><#assign kopie = content.offline?c>");
        Bakes b = bake(project);
        String page = "bestrijding-drugssmokkel/index.html";
        assertFalse(b.shared().contains(page));
        assertFalse(b.shared().contains("begrippen/index.html"));
        assertTrue(b.shared().contains("bronnen/index.html"), "a template that does not read the edition is still rendered once");
        assertTrue(b.hosted(page).contains("PDF 237 kB"), "the site's page has the PDF's size");
        assertTrue(b.copy().get(page).contains("<p class=\"pdf\">PDF </p>"), "the copy's has not");
    }

    @Test
    void offlineOutputCapturedByATemplateIsNotCutOut() throws Exception {
        Path project = project();
        replace(project, "layout.ftl", "<main id=\"inhoud\"",
                "<#assign kopie><@offlineOnly><p>KOPIE</p></@offlineOnly></#assign>${kopie}<main id=\"inhoud\"");
        Bakes b = bake(project);
        assertEquals(Set.of("feed.xml", "sitemap.xml"), b.shared(), "every page uses the layout");
        assertTrue(b.copy().get("bronnen/index.html").contains("<p>KOPIE</p>"));
        assertFalse(b.hosted("bronnen/index.html").contains("KOPIE"));
    }

    @Test
    void theBodyOfOfflineOnlyRunsInBothEditions() throws Exception {
        Path project = project();
        replace(project, "layout.ftl", "<main id=\"inhoud\"",
                "<@offlineOnly><#assign gezien = \"ja\"><@offlineOnly><p>BINNENKOPIE</p></@offlineOnly></@offlineOnly>"
                        + "<p class=\"gezien\">${gezien!\"nee\"}</p><main id=\"inhoud\"");
        Bakes b = bake(project);
        assertTrue(b.shared().contains("bronnen/index.html"), "nested offlineOnly is cut out with the outer one");
        String hosted = b.hosted("bronnen/index.html");
        assertTrue(hosted.contains("<p class=\"gezien\">ja</p>"), "what the body assigned holds on the site too");
        assertFalse(hosted.contains("BINNENKOPIE"));
        assertTrue(b.copy().get("bronnen/index.html").contains("<p>BINNENKOPIE</p>"));
    }

    @Test
    void dossiersOwnListsAreTheRegisteredOnes() throws IOException {
        Properties registered = new Properties();
        try (var in = SiteModelExtractor.class.getResourceAsStream("/META-INF/org.jbake.template.ModelExtractors.properties")) {
            registered.load(in);
        }
        assertEquals(new TreeSet<>(SiteModelExtractor.NAMES), new TreeSet<>(registered.stringPropertyNames().stream()
                .map(registered::getProperty).toList()), "the lists EditionTrace treats as the same in both editions");
    }
}
