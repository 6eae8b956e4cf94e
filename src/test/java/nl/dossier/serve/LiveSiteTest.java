package nl.dossier.serve;

import nl.dossier.TestSites;
import nl.dossier.build.BuildCommandTest;
import nl.dossier.build.OutputGuard;
import nl.dossier.build.Progress;
import nl.dossier.build.Pipeline;
import nl.dossier.link.LinkedPage;
import nl.dossier.model.Problem;
import nl.dossier.model.ProblemCatalog;
import nl.dossier.render.MarkdownProcessor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The incremental rebuild without HTTP: what is redone, what is kept, and that it matches a full build. */
class LiveSiteTest {
    @TempDir
    static Path tmp;
    static Path proj;
    static LiveSite site;

    @BeforeAll
    static void start() throws IOException {
        proj = tmp.resolve("proj");
        BuildCommandTest.copyProject(TestSites.projectRoot(), proj);
        site = new LiveSite(proj);
        LiveSite.Report first = site.rebuild(null);
        assertTrue(first.ok(), first.problems().toString());
    }

    @Test
    void aTextEditRelinksAndRerendersOnlyThatPage() throws IOException {
        Map<String, LinkedPage> before = bySlug();
        Path page = proj.resolve("content/bestrijding-drugssmokkel.md");
        edit(page, "De aandacht richt zich vooral", "De aandacht richt zich nu vooral");
        LiveSite.Report r = site.rebuild(List.of(page));
        assertTrue(r.ok(), r.problems().toString());
        // The page itself and the whole chapter on one page, which contains its text.
        assertEquals(List.of("bestrijding-drugssmokkel/index.html", "volledig/index.html"), r.changed());
        assertTrue(html("bestrijding-drugssmokkel/index.html").contains("De aandacht richt zich nu vooral"));
        // The one-page chapter keeps the other pages' moved bodies, but not this one's.
        assertTrue(html("volledig/index.html").contains("De aandacht richt zich nu vooral"));
        Map<String, LinkedPage> after = bySlug();
        for (String slug : before.keySet()) {
            if (slug.equals("bestrijding-drugssmokkel")) assertNotSame(before.get(slug), after.get(slug), slug);
            else assertSame(before.get(slug), after.get(slug), slug + " was not parsed or linked again");
        }
        // Nothing changed on disk: nothing is rebuilt.
        LiveSite.Report again = site.rebuild(List.of(page));
        assertEquals(List.of(), again.changed());
        assertEquals(r.version(), again.version(), "no reload for a rebuild that changed nothing");
    }

    @Test
    void aChangedMessageReachesThePagesBodiesToo() throws IOException {
        Path messages = proj.resolve("templates/messages/nl.yaml");
        edit(messages, "citation_label: bron {number}", "citation_label: bronvermelding {number}");
        LiveSite.Report r = site.rebuild(List.of(messages));
        assertTrue(r.ok(), r.problems().toString());
        assertTrue(html("bestrijding-drugssmokkel/index.html").contains("aria-label=\"bronvermelding 28\""),
                "the citation links are rendered again with the new label");
        edit(messages, "citation_label: bronvermelding {number}", "citation_label: bron {number}");
        assertTrue(site.rebuild(List.of(messages)).ok());
        assertTrue(html("bestrijding-drugssmokkel/index.html").contains("aria-label=\"bron 28\""));
    }

    @Test
    void aChangedAnchorRelinksThePagesThatLinkToIt() throws IOException {
        Path target = proj.resolve("content/ondersteuning-beleid.md");
        Path linking = proj.resolve("content/breed-offensief-botoc.md");
        edit(target, "{#kennisagenda-en-monitoring}", "{#kennisagenda}");
        LiveSite.Report broken = site.rebuild(List.of(target));
        assertFalse(broken.ok());
        assertTrue(broken.problems().get(0).toString().startsWith(
                "content/breed-offensief-botoc.md:"), broken.problems().toString());
        assertTrue(ProblemCatalog.DUTCH.message(broken.problems().get(0)).contains("link naar het anker '#kennisagenda-en-monitoring', dat niet bestaat"),
                broken.problems().toString());
        assertTrue(html("ondersteuning-beleid/index.html").contains("id=\"kennisagenda-en-monitoring\""), "the last good version stays");

        edit(linking, "ondersteuning-beleid.md#kennisagenda-en-monitoring", "ondersteuning-beleid.md#kennisagenda");
        LiveSite.Report fixed = site.rebuild(List.of(linking));
        assertTrue(fixed.ok(), fixed.problems().toString());
        assertTrue(fixed.version() > broken.version());
        assertTrue(html("breed-offensief-botoc/index.html").contains("ondersteuning-beleid/#kennisagenda\""));
        assertTrue(html("ondersteuning-beleid/index.html").contains("id=\"kennisagenda\""));
    }

    @Test
    void aDeletedPageDisappearsAndTheIncrementalSiteEqualsAFullBuild() throws IOException {
        Path page = proj.resolve("content/ondermijningswetgeving.md");
        Path renamed = proj.resolve("content/wetgeving-ondermijning.md");
        Files.move(page, renamed);
        LiveSite.Report r = site.rebuild(List.of(page, renamed));
        assertTrue(r.ok(), r.problems().toString());
        assertNull(site.file("ondermijningswetgeving/index.html"));
        assertTrue(html("wetgeving-ondermijning/index.html").contains("Ondermijningswetgeving"));
        assertTrue(r.changed().contains("ondermijningswetgeving/index.html") && r.changed().contains("index.html"), r.changed().toString());
        // New anchors on the one-page chapter: every body is moved again, none keeps the old prefix.
        assertTrue(html("volledig/index.html").contains("id=\"wetgeving-ondermijning\""));
        assertFalse(html("volledig/index.html").contains("ondermijningswetgeving-"), "no anchor with the old page's prefix");

        // Whatever happened before, the preview holds exactly what a full build of the same files writes.
        Path built = tmp.resolve("full");
        try {
            Pipeline.once(proj).build(built, Progress.quiet());
        } catch (nl.dossier.model.ContentException e) {
            throw new AssertionError(e.problems().toString());
        }
        Map<String, byte[]> full = files(built);
        for (Map.Entry<String, byte[]> e : full.entrySet()) {
            String path = e.getKey().replaceAll("\\.[0-9a-f]{10}\\.(css|js)$", ".$1");
            // The preview leaves out what only a publishing build makes: the browser search files,
            // the offline zip and the PDF (and so the download links that name their sizes), and
            // the marker of a folder Dossier made.
            if (path.startsWith("search/") || path.endsWith(".pdf") || path.endsWith(".zip") || path.equals(OutputGuard.MARKER)
                    || path.equals("index.html") || path.equals("volledig/index.html")) continue;
            byte[] expected = e.getValue();
            if (path.endsWith(".html")) {
                expected = new String(expected, StandardCharsets.UTF_8).replaceAll("([a-z]+)\\.[0-9a-f]{10}\\.(css|js)", "$1.$2")
                        .getBytes(StandardCharsets.UTF_8);
            }
            assertArrayEquals(expected, site.file(path), path);
        }
    }

    @Test
    void theOnePageChapterIsRenderedWhenAskedForAndShowsItsTemplateProblemThen(@TempDir Path dir) throws IOException {
        Path own = dir.resolve("proj");
        BuildCommandTest.copyProject(TestSites.projectRoot(), own);
        LiveSite live = new LiveSite(own);
        assertTrue(live.rebuild(null).ok());
        Path ftl = own.resolve("templates/complete.ftl");
        String good = Files.readString(ftl);
        Files.writeString(ftl, good.replace("</h1>", "</h1>${content.bestaatNiet}"));

        // Only the one-page chapter uses complete.ftl, and it is rendered when asked for, not on every edit.
        LiveSite.Report r = live.rebuild(List.of(ftl));
        assertTrue(r.ok(), r.problems().toString());
        assertTrue(r.changed().contains("volledig/index.html"), r.changed().toString());
        assertNull(live.file("volledig/index.html"));
        assertEquals("templates/complete.ftl", live.problems().get(0).file(), live.problems().toString());
        assertTrue(live.version() > r.version(), "the browser is told about the problem");

        Files.writeString(ftl, good);
        assertTrue(live.rebuild(List.of(ftl)).ok());
        assertTrue(new String(live.file("volledig/index.html"), StandardCharsets.UTF_8).contains("<h1>"));
    }

    @Test
    void aPageTemplateMistakeIsReportedOnceWithThePagesItBrokeAsInABuild(@TempDir Path dir) throws IOException {
        Path own = dir.resolve("proj");
        BuildCommandTest.copyProject(TestSites.projectRoot(), own);
        LiveSite live = new LiveSite(own);
        assertTrue(live.rebuild(null).ok());
        Path ftl = own.resolve("templates/page.ftl");
        Files.writeString(ftl, Files.readString(ftl).replace("</h1>", "</h1>${content.bestaatNiet}"));

        LiveSite.Report r = live.rebuild(List.of(ftl));
        assertEquals(1, r.problems().size(), r.problems().toString());
        String message = ProblemCatalog.DUTCH.message(r.problems().get(0));
        assertEquals("templates/page.ftl", r.problems().get(0).file(), r.problems().toString());
        assertTrue(message.matches("fout in het template bij het maken van content/[^ ]+\\.md en \\d+ andere pagina's: .*"), message);
        assertFalse(message.contains("\u0000"), message);
    }

    /** A page over its time budget in the preview is the build's positioned error, not an "internal error". */
    @Test
    void aPageOverItsTimeBudgetIsReportedWhereTheParserWas(@TempDir Path dir) throws IOException {
        Path own = dir.resolve("proj");
        BuildCommandTest.copyProject(TestSites.projectRoot(), own);
        String before = System.getProperty(MarkdownProcessor.BUDGET_PROPERTY);
        System.setProperty(MarkdownProcessor.BUDGET_PROPERTY, "0");
        LiveSite.Report r;
        try {
            r = new LiveSite(own).rebuild(null);
        } finally {
            if (before == null) System.clearProperty(MarkdownProcessor.BUDGET_PROPERTY);
            else System.setProperty(MarkdownProcessor.BUDGET_PROPERTY, before);
        }

        assertFalse(r.ok());
        assertFalse(r.problems().isEmpty());
        for (Problem p : r.problems()) {
            assertTrue(p.file().startsWith("content/") && p.file().endsWith(".md") && p.line() > 0 && p.column() > 0, p.toString());
            assertTrue(ProblemCatalog.DUTCH.message(p).startsWith("deze pagina is te ingewikkeld om te bouwen (het lezen duurde langer dan 0 ms)"),
                    ProblemCatalog.DUTCH.line(p));
        }
    }

    static String html(String path) {
        byte[] b = site.file(path);
        return b == null ? "" : new String(b, StandardCharsets.UTF_8);
    }

    static Map<String, LinkedPage> bySlug() {
        Map<String, LinkedPage> out = new TreeMap<>();
        for (LinkedPage p : site.pages()) out.put(p.source().slug(), p);
        return out;
    }

    static void edit(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertTrue(text.contains(from), file + " contains " + from);
        Files.writeString(file, text.replace(from, to));
    }

    static Map<String, byte[]> files(Path dir) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) out.put(dir.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
        }
        return out;
    }
}
