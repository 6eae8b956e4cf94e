package nl.dossier.bundle;

import nl.dossier.TestSites;
import nl.dossier.build.BuildCommandTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code pdf: false} and {@code one_page: false} in site.yaml: no PDF (or one-page chapter) anywhere
 * and no link to it; a wrong value or combination is an error at its line; a chapter too large for
 * one page, or to print in the build's memory, is an error naming site.yaml.
 */
class PdfSettingTest {

    @Test
    void withoutThePdfTheSiteAndZipHaveNoPdfAndNoLinkToIt(@TempDir Path tmp) throws Exception {
        Path site = tmp.resolve("out/site");
        var run = build(tmp, "false");
        assertEquals(0, run.exit(), (run.out() + run.err()));
        assertTrue((run.out() + run.err()).contains("no PDF"), "the progress line says so: " + (run.out() + run.err()));

        assertFalse(Files.exists(site.resolve(Bundler.pdfUrl(BundleName.of(TestSites.realSite().graph().content().site())))));
        for (String page : new String[] {"index.html", "volledig/index.html"}) {
            String html = Files.readString(site.resolve(page));
            assertTrue(html.contains("<h1"), page);
            assertFalse(html.contains("application/pdf"), page + " links to no PDF");
        }
        try (ZipFile zip = zipIn(tmp.resolve("out"))) {
            assertTrue(zip.stream().noneMatch(e -> e.getName().endsWith(".pdf")), "no PDF in the zip");
            assertTrue(zip.stream().anyMatch(e -> e.getName().endsWith("volledig/index.html")), "the one-page chapter is still there");
        }
        assertFalse(Files.exists(tmp.resolve("out/dossier-cache")), "nothing printed, nothing cached");
    }

    @Test
    void aValueOtherThanTrueOrFalseIsAnErrorAtItsLine(@TempDir Path tmp) throws Exception {
        Path project = tmp.resolve("project");
        var run = build(tmp, "ja");
        assertEquals(1, run.exit());
        int line = Files.readAllLines(project.resolve("content/site.yaml")).indexOf("pdf: ja") + 1;
        assertTrue((run.out() + run.err()).contains("site.yaml:" + line + ":") && (run.out() + run.err()).contains("'pdf' moet true of false zijn"), (run.out() + run.err()));
    }

    @Test
    void withoutTheOnePageChapterNoPageNoLinkAndNoZipEntry(@TempDir Path tmp) throws Exception {
        Path site = tmp.resolve("out/site");
        var run = build(tmp, "false\none_page: false");
        assertEquals(0, run.exit(), (run.out() + run.err()));

        assertFalse(Files.exists(site.resolve("volledig")));
        try (var pages = Files.walk(site)) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".html") || p.toString().endsWith(".xml")).toList()) {
                assertFalse(Files.readString(page).contains("volledig/"), site.relativize(page) + " links to no one-page chapter");
            }
        }
        assertTrue(Files.readString(site.resolve("index.html")).contains("Download voor offline gebruik"), "the zip is still offered");
        try (ZipFile zip = zipIn(tmp.resolve("out"))) {
            assertTrue(zip.stream().noneMatch(e -> e.getName().contains("volledig/")), "no one-page chapter in the zip");
        }
    }

    @Test
    void aPdfWithoutTheOnePageChapterIsAnErrorAtItsLine(@TempDir Path tmp) throws Exception {
        Path project = tmp.resolve("project");
        var run = build(tmp, "true\none_page: false");
        assertEquals(1, run.exit());
        int line = Files.readAllLines(project.resolve("content/site.yaml")).indexOf("one_page: false") + 1;
        assertTrue((run.out() + run.err()).contains("site.yaml:" + line + ":")
                && (run.out() + run.err()).contains("met one_page: false is er niets om de PDF van te maken"), (run.out() + run.err()));
        assertFalse(Files.exists(tmp.resolve("out/site")), "nothing published");
    }

    @Test
    void aChapterTooLargeForOnePageIsAnErrorNamingSiteYaml() throws Exception {
        var graph = nl.dossier.build.PipelineAccess.prepare(TestSites.projectRoot());
        // Eight pages of 4.5 million characters each: 36 million on one page.
        for (var page : graph.pages()) page.setHtml("<p>" + "x".repeat(4_500_000) + "</p>");
        var e = org.junit.jupiter.api.Assertions.assertThrows(nl.dossier.model.ContentException.class,
                () -> nl.dossier.build.PipelineAccess.checkOnePageSize(graph));
        var problem = e.problems().get(0);
        assertEquals("content/site.yaml", problem.file());
        String message = nl.dossier.model.ProblemCatalog.DUTCH.message(problem);
        assertTrue(message.contains("zou 36 miljoen tekens van 8 pagina's worden, meer dan de 32 miljoen"), message);
        assertTrue(nl.dossier.model.ProblemCatalog.DUTCH.hint(problem).contains("one_page: false"), problem.toString());
    }

    /** A chapter of 20,000 glossary terms needs more memory to print than a build of its size is given. */
    @Test
    void aChapterTooLargeToPrintInTheBuildsMemoryIsAnErrorNamingSiteYaml() throws Exception {
        long heap = 768L << 20;
        Bundler.checkPrintable(heap / Bundler.PDF_HEAP_PER_CHAR, heap);
        var e = org.junit.jupiter.api.Assertions.assertThrows(nl.dossier.model.ContentException.class,
                () -> Bundler.checkPrintable(3_100_000, heap));
        var problem = e.problems().get(0);
        assertEquals("content/site.yaml", problem.file());
        assertTrue(problem.message().toString().contains("the chapter PDF would be printed from 3.1 million characters of HTML, more than the 2.0 million"),
                problem.toString());
        String hint = nl.dossier.model.ProblemCatalog.ENGLISH.hint(problem);
        assertTrue(hint.contains("pdf: false") && hint.contains("-Xmx"), hint);
    }

    /** Builds a copy of the real project into tmp/out/site with the pdf line of site.yaml set to {@code pdfLine}. */
    private static BuildCommandTest.Run build(Path tmp, String pdfLine) throws Exception {
        Path project = tmp.resolve("project");
        BuildCommandTest.copyProject(TestSites.projectRoot(), project);
        setPdf(project, pdfLine);
        return BuildCommandTest.run("build", "--source", project.toString(), "--output", tmp.resolve("out/site").toString());
    }

    private static ZipFile zipIn(Path folder) throws Exception {
        try (var files = Files.list(folder)) {
            return new ZipFile(files.filter(p -> p.toString().endsWith(".zip")).findFirst().orElseThrow().toFile());
        }
    }

    private static void setPdf(Path project, String value) throws Exception {
        Path yaml = project.resolve("content/site.yaml");
        String text = Files.readString(yaml);
        assertTrue(text.contains("\npdf: true\n"));
        Files.writeString(yaml, text.replace("\npdf: true\n", "\npdf: " + value + "\n"));
    }
}
