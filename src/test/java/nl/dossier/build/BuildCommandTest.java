package nl.dossier.build;

import nl.dossier.TestSites;
import nl.dossier.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The build command end to end, in-process: exit codes, output, reproducibility, atomic swap. */
public class BuildCommandTest {

    public static Map<String, String> hashes(Path dir) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                out.put(dir.relativize(p).toString(), sha256(Files.readAllBytes(p)));
            }
        }
        return out;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public record Run(int exit, String out, String err) {
    }

    public static synchronized Run run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int exit = Main.run(args);
            return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    @Test
    void buildingTwiceGivesByteIdenticalSites(@TempDir Path tmp) throws IOException {
        String root = TestSites.projectRoot().toString();
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        assertEquals(0, run("build", "--source", root, "--output", a.toString(), "--quiet").exit());
        assertEquals(0, run("build", "--source", root, "--output", b.toString(), "--quiet").exit());
        Map<String, String> first = hashes(a);
        assertTrue(first.size() >= 13, "pages, glossary, bibliography, 404, sitemap, feed, assets: " + first.keySet());
        assertEquals(first, hashes(b));
        // Rebuilding into the same folder replaces it with identical bytes and leaves nothing behind.
        assertEquals(0, run("build", "--source", root, "--output", a.toString(), "--quiet").exit());
        assertEquals(first, hashes(a));
        try (Stream<Path> siblings = Files.list(tmp)) {
            // ...except the offline zip, which every build puts next to its site, and the PDF cache.
            assertEquals(java.util.List.of("a", "a-search-index", "b", "b-search-index", "dossier-cache", "drugscriminaliteit-editie-2024-offline.zip"),
                    siblings.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void progressShowsEveryStageUnlessQuiet(@TempDir Path tmp) {
        Run loud = run("build", "--source", TestSites.projectRoot().toString(), "--output", tmp.resolve("s").toString());
        assertEquals(0, loud.exit(), loud.err());
        for (String stage : new String[] {"load", "link", "render", "bundle", "bake", "check", "Gebouwd "}) {
            assertTrue(loud.out().contains(stage), "progress mentions " + stage + ": " + loud.out());
        }
        assertTrue(loud.out().contains("8 pages, 54 references"), loud.out());
        // It ends with where everything went (paths from the working directory) and what to do next,
        // in the site's language.
        Map<String, Path> written = Map.of("site", tmp.resolve("s"), "zoekindex", tmp.resolve("s-search-index"),
                "offline zip", tmp.resolve("drugscriminaliteit-editie-2024-offline.zip"),
                "PDF", tmp.resolve("s/volledig/drugscriminaliteit-editie-2024.pdf"));
        written.forEach((label, path) -> {
            String line = loud.out().lines().filter(l -> l.startsWith("  " + label + "  ")).findFirst().orElse("");
            assertEquals(path.toAbsolutePath().normalize(), Path.of(line.substring(line.isEmpty() ? 0 : 16)).toAbsolutePath().normalize(), loud.out());
            assertTrue(Files.exists(path), line);
        });
        assertTrue(loud.out().contains("Volgende stap: start 'java -jar target/dossier.jar serve") && loud.out().contains("offline.zip uit en open je de index.html erin."),
                loud.out());
        Run quiet = run("build", "--source", TestSites.projectRoot().toString(), "--output", tmp.resolve("q").toString(), "--quiet");
        assertEquals(0, quiet.exit());
        assertEquals("", quiet.out());
    }

    @Test
    void leftoversOfAKilledBuildAreRemovedByTheNextOne(@TempDir Path tmp) throws IOException {
        Path stale = Files.createDirectories(tmp.resolve(OutputFolders.TEMP_PREFIX + "123/half-written"));
        Files.writeString(stale.resolve("index.html"), "<p>half");
        // A build marks its temporary folders as it makes them; one killed before that left an empty folder.
        Files.writeString(tmp.resolve(OutputFolders.TEMP_PREFIX + "123").resolve(OutputGuard.MARKER), "");
        Files.createDirectories(tmp.resolve(OutputFolders.TEMP_PREFIX + "456"));
        assertEquals(0, run("build", "--source", TestSites.projectRoot().toString(), "--output", tmp.resolve("site").toString(), "--quiet").exit());
        assertFalse(Files.exists(tmp.resolve(OutputFolders.TEMP_PREFIX + "123")));
        assertFalse(Files.exists(tmp.resolve(OutputFolders.TEMP_PREFIX + "456")));
    }

    @Test
    void aSiteKilledBetweenTheTwoMovesIsRestored(@TempDir Path tmp) throws IOException {
        // Simulates a kill after the old site was moved aside but before the new one moved in.
        Path aside = Files.createDirectories(tmp.resolve(OutputFolders.OLD_PREFIX + "site-999"));
        Files.writeString(aside.resolve("index.html"), "old site");
        Files.writeString(aside.resolve(OutputGuard.MARKER), "");
        Path broken = Files.createDirectories(tmp.resolve("proj/content")).getParent();
        Run r = run("build", "--source", broken.toString(), "--output", tmp.resolve("site").toString(), "--quiet");
        assertEquals(1, r.exit());
        assertEquals("old site", Files.readString(tmp.resolve("site/index.html")));
    }

    @Test
    void anIndexKilledBetweenTheTwoMovesIsRestoredAndNotTakenForTheSite(@TempDir Path tmp) throws IOException {
        Path site = tmp.resolve("site");
        String root = TestSites.projectRoot().toString();
        assertEquals(0, run("build", "--source", root, "--output", site.toString(), "--quiet").exit());
        // A kill after the old index was moved aside, before the new one moved in: its aside name
        // starts like the site's (.dossier-old-site-…), but it is the index's.
        Files.move(tmp.resolve("site-search-index"), tmp.resolve(OutputFolders.OLD_PREFIX + "site-search-index-999"));
        Run r = run("build", "--source", root, "--output", site.toString(), "--quiet");
        assertEquals(0, r.exit(), r.err());
        assertTrue(Files.isDirectory(tmp.resolve("site-search-index")));
        assertFalse(Files.exists(tmp.resolve(OutputFolders.OLD_PREFIX + "site-search-index-999")));
    }

    @Test
    void usageErrorsExitWithTwoAndHelpIsAvailable() {
        Run unknown = run("build", "--no-such-option");
        assertEquals(2, unknown.exit());
        assertTrue(unknown.err().contains("dossier build: unknown option '--no-such-option'"), unknown.err());
        assertTrue(unknown.err().contains("build --help"), unknown.err());
        assertEquals(2, run("no-such-command").exit());
        assertEquals(2, run().exit(), "no subcommand");
        assertEquals(2, run("build", "stray").exit(), "build takes no parameters");
        assertEquals(2, run("check", "--format", "yaml").exit());
        assertEquals(2, run("serve", "--port", "70000").exit());
        Run help = run("build", "--help");
        assertEquals(0, help.exit());
        assertTrue(help.out().contains("--output"));
        assertEquals(help.out(), run("help", "build").out());
        assertTrue(run("--help").out().contains("build"));
        assertEquals("dossier 0.1.0", run("--version").out().strip());
    }

    @Test
    void contentErrorsExitWithOneAndNameFileAndLine(@TempDir Path tmp) throws IOException {
        Path proj = tmp.resolve("proj");
        copyProject(TestSites.projectRoot(), proj);
        Path page = proj.resolve("content/bestrijding-drugssmokkel.md");
        String text = Files.readString(page);
        Files.writeString(page, text.replace("title:", "titel:"));
        Run r = run("build", "--source", proj.toString(), "--output", tmp.resolve("site").toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("content/bestrijding-drugssmokkel.md:2:1: onbekende sleutel 'titel' in de gegevens bovenaan de pagina (bedoel je 'title'?)"), r.err());
        assertTrue(r.err().contains("de verplichte sleutel 'title' ontbreekt"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        assertFalse(Files.exists(tmp.resolve("site")));
    }

    public static void copyProject(Path from, Path to) throws IOException {
        for (String dir : new String[] {"content", "templates", "assets"}) {
            Path src = from.resolve(dir);
            try (Stream<Path> walk = Files.walk(src)) {
                for (Path p : walk.toList()) {
                    Path target = to.resolve(dir).resolve(src.relativize(p).toString());
                    if (Files.isDirectory(p)) Files.createDirectories(target);
                    else Files.copy(p, target);
                }
            }
        }
    }
}
