package nl.dossier.cli;

import nl.dossier.TestSites;
import nl.dossier.build.BuildCommandTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Content at the edge of what the loader takes, built by the packaged jar as the README says to
 * start it ({@code java -XX:TieredStopAtLevel=1 -XX:+UseParallelGC -Xmx… -jar target/dossier.jar}),
 * with the heap a site of its size was given when Dossier sized it itself: 9.5 bytes per byte of
 * content, at least 768 MB. Runs after the package phase (see pom.xml). A page of one line of 1.5 MB
 * (whose search excerpts were quadratic) and 20,000 glossary terms (which ran out of memory)
 * build, or are refused with a message naming the file to change. The time limit only keeps a
 * regression from hanging the run.
 */
class LinearBuildJarTest {
    private static final long HANG_GUARD_MINUTES = 5;
    private static final Path JAR = TestSites.projectRoot().resolve("target/dossier.jar");
    /** The least heap a build had, and the heap per byte of content in tenths, when Dossier chose its own heap. */
    private static final long MIN_HEAP = 768L << 20;
    private static final int HEAP_TENTHS_PER_CONTENT_BYTE = 95;

    record Run(int exit, String output) {
    }

    @Test
    void aPageOfOneLineOfOneAndAHalfMegabytesBuilds(@TempDir Path tmp) throws Exception {
        Path project = project(tmp, false);
        Random random = new Random(8);
        String[] words = {"drugssmokkel", "haven", "douane", "politie", "aanpak", "criminaliteit", "getuigen", "samenwerking"};
        StringBuilder line = new StringBuilder("Eenlangeregel");
        while (line.length() < 1_500_000) {
            line.append(' ').append(words[random.nextInt(words.length)]);
            // Numbered words: a hundred thousand distinct words, each a stem whose excerpt comes from this section.
            if (random.nextInt(3) == 0) line.append(random.nextInt(100_000));
        }
        page(project, "lange-regel", line.toString());

        Run run = build(project, tmp.resolve("out/site"));

        assertEquals(0, run.exit(), run.output());
        try (Stream<Path> files = Files.list(tmp.resolve("out/site/search"))) {
            assertTrue(files.anyMatch(f -> read(f).contains("eenlangeregel")), "the page's words are in the search files");
        }
    }

    @Test
    void twentyThousandGlossaryTermsBuildWithoutThePdf(@TempDir Path tmp) throws Exception {
        Path project = project(tmp, false);
        glossaryAndPageUsingIt(project, 20_000);

        Run run = build(project, tmp.resolve("out/site"));

        assertEquals(0, run.exit(), run.output());
        String glossary = Files.readString(tmp.resolve("out/site/begrippen/index.html"));
        assertTrue(glossary.contains("XT19999"), "the last term is on the glossary page");
        String page = Files.readString(tmp.resolve("out/site/termen/index.html"));
        assertTrue(page.contains("<abbr title=\"Term 19999\">XT19999</abbr>"), "the last term is marked up where it is used");
    }

    @Test
    void twentyThousandGlossaryTermsWithThePdfAreRefusedNamingSiteYaml(@TempDir Path tmp) throws Exception {
        Path project = project(tmp, true);
        glossaryAndPageUsingIt(project, 20_000);

        Run run = build(project, tmp.resolve("out/site"));

        assertEquals(1, run.exit(), run.output());
        assertTrue(run.output().contains("content/site.yaml: de PDF van het hoofdstuk zou gemaakt worden uit")
                && run.output().contains("zet 'pdf: false' in content/site.yaml"), run.output());
        assertTrue(!run.output().contains("internal error") && !run.output().contains("OutOfMemoryError"), run.output());
        assertTrue(!Files.exists(tmp.resolve("out/site")), "nothing published");
    }

    private static Path project(Path tmp, boolean pdf) throws IOException {
        Path project = tmp.resolve("project");
        BuildCommandTest.copyProject(TestSites.projectRoot(), project);
        if (!pdf) {
            Path site = project.resolve("content/site.yaml");
            String yaml = Files.readString(site);
            assertTrue(yaml.contains("\npdf: true\n"));
            Files.writeString(site, yaml.replace("\npdf: true\n", "\npdf: false\n"));
        }
        return project;
    }

    private static void page(Path project, String slug, String body) throws IOException {
        Files.writeString(project.resolve("content/" + slug + ".md"), "---\ntitle: Test\nnumber: 2.1.7.9\norder: 9\nsummary: Test.\n"
                + "updated: 2026-01-01\n---\n\n" + body + "\n", StandardCharsets.UTF_8);
    }

    /** {@code terms} more glossary terms (XT0 …), and a page that uses each of them once. */
    private static void glossaryAndPageUsingIt(Path project, int terms) throws IOException {
        StringBuilder yaml = new StringBuilder(Files.readString(project.resolve("content/glossary.yaml")));
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < terms; i++) {
            yaml.append("\n- term: XT").append(i).append("\n  name: Term ").append(i).append("\n  description: Test.\n");
            body.append("XT").append(i).append(' ');
        }
        Files.writeString(project.resolve("content/glossary.yaml"), yaml, StandardCharsets.UTF_8);
        page(project, "termen", body.toString());
    }

    /** {@code build} by the jar in a JVM of its own, with the heap sized to the content. */
    private static Run build(Path project, Path output) throws Exception {
        Path log = output.getParent().resolveSibling("build.log");
        Files.createDirectories(output.getParent());
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseParallelGC", "-Xmx" + heapFor(project) / (1 << 20) + "m",
                "-jar", JAR.toString(), "build", "--source", project.toString(), "--output", output.toString(), "--quiet")
                .redirectErrorStream(true).redirectOutput(log.toFile());
        // The heap is the one given here, not one from the environment.
        pb.environment().remove("JAVA_TOOL_OPTIONS");
        Process p = pb.start();
        if (!p.waitFor(HANG_GUARD_MINUTES, TimeUnit.MINUTES)) {
            p.destroyForcibly().waitFor();
            fail("the build did not end within " + HANG_GUARD_MINUTES + " minutes:\n" + Files.readString(log));
        }
        return new Run(p.exitValue(), Files.readString(log));
    }

    private static long heapFor(Path project) throws IOException {
        long bytes;
        try (Stream<Path> files = Files.walk(project.resolve("content"))) {
            bytes = files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
        return Math.max(MIN_HEAP, bytes * HEAP_TENTHS_PER_CONTENT_BYTE / 10);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
