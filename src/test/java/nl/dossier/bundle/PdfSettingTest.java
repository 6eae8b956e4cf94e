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

/** {@code pdf: false} in site.yaml: no PDF anywhere and no link to one; a wrong value is an error at its line. */
class PdfSettingTest {

    @Test
    void withoutThePdfTheSiteAndZipHaveNoPdfAndNoLinkToIt(@TempDir Path tmp) throws Exception {
        Path project = tmp.resolve("project");
        BuildCommandTest.copyProject(TestSites.projectRoot(), project);
        setPdf(project, "false");
        Path site = tmp.resolve("out/site");
        var run = BuildCommandTest.run("build", "--source", project.toString(), "--output", site.toString());
        assertEquals(0, run.exit(), (run.out() + run.err()));
        assertTrue((run.out() + run.err()).contains("no PDF"), "the progress line says so: " + (run.out() + run.err()));

        assertFalse(Files.exists(site.resolve(Bundler.pdfUrl(BundleName.of(TestSites.realSite().graph().content().site())))));
        for (String page : new String[] {"index.html", "volledig/index.html"}) {
            String html = Files.readString(site.resolve(page));
            assertTrue(html.contains("<h1"), page);
            assertFalse(html.contains("application/pdf"), page + " links to no PDF");
        }
        Path zipPath;
        try (var files = Files.list(tmp.resolve("out"))) {
            zipPath = files.filter(p -> p.toString().endsWith(".zip")).findFirst().orElseThrow();
        }
        try (ZipFile zip = new ZipFile(zipPath.toFile())) {
            assertTrue(zip.stream().noneMatch(e -> e.getName().endsWith(".pdf")), "no PDF in the zip");
            assertTrue(zip.stream().anyMatch(e -> e.getName().endsWith("volledig/index.html")), "the one-page chapter is still there");
        }
        assertFalse(Files.exists(tmp.resolve("out/dossier-cache")), "nothing printed, nothing cached");
    }

    @Test
    void aValueOtherThanTrueOrFalseIsAnErrorAtItsLine(@TempDir Path tmp) throws Exception {
        Path project = tmp.resolve("project");
        BuildCommandTest.copyProject(TestSites.projectRoot(), project);
        setPdf(project, "ja");
        var run = BuildCommandTest.run("build", "--source", project.toString(), "--output", tmp.resolve("site").toString());
        assertEquals(1, run.exit());
        int line = Files.readAllLines(project.resolve("content/site.yaml")).indexOf("pdf: ja") + 1;
        assertTrue((run.out() + run.err()).contains("site.yaml:" + line + ":") && (run.out() + run.err()).contains("'pdf' must be true or false"), (run.out() + run.err()));
    }

    private static void setPdf(Path project, String value) throws Exception {
        Path yaml = project.resolve("content/site.yaml");
        String text = Files.readString(yaml);
        assertTrue(text.contains("\npdf: true\n"));
        Files.writeString(yaml, text.replace("\npdf: true\n", "\npdf: " + value + "\n"));
    }
}
