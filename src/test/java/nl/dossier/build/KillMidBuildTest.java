package nl.dossier.build;

import nl.dossier.TestSites;
import nl.dossier.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A build process killed at any moment leaves a complete site: either the previous one or the
 * new one, never a mix; the next build cleans up whatever the killed one left behind.
 */
class KillMidBuildTest {

    @Test
    void killingTheBuildAtAnyMomentNeverLeavesAHalfSite(@TempDir Path tmp) throws Exception {
        Path site = tmp.resolve("site");
        String root = TestSites.projectRoot().toString();
        assertEquals(0, BuildCommandTest.run("build", "--source", root, "--output", site.toString(), "--quiet").exit());
        Map<String, String> reference = BuildCommandTest.hashes(site);
        Files.writeString(site.resolve("marker-from-previous-build.txt"), "old");
        Map<String, String> previous = BuildCommandTest.hashes(site);

        int killedEarly = 0;
        for (int delayMs = 150; delayMs <= 2400; delayMs += 150) {
            Process p = new ProcessBuilder(javaBin(), "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                    "build", "--source", root, "--output", site.toString(), "--quiet")
                    .redirectErrorStream(true).redirectOutput(tmp.resolve("log.txt").toFile()).start();
            boolean finished = p.waitFor(delayMs, TimeUnit.MILLISECONDS);
            if (!finished) {
                killedEarly++;
                p.destroyForcibly().waitFor();
            }
            Map<String, String> now = BuildCommandTest.hashes(siteOrRestored(tmp, site));
            assertTrue(now.equals(previous) || now.equals(reference),
                    "after a kill at " + delayMs + " ms the site is the old or the new one, not a mix");
            if (now.equals(reference)) break; // a build completed: the old site is gone for good
        }
        assertTrue(killedEarly > 0, "at least one build was killed mid-way");
        // The next build restores order: complete site, no leftovers next to it.
        assertEquals(0, BuildCommandTest.run("build", "--source", root, "--output", site.toString(), "--quiet").exit());
        assertEquals(reference, BuildCommandTest.hashes(site));
        try (Stream<Path> siblings = Files.list(tmp)) {
            assertEquals(java.util.List.of("dossier-cache", "drugscriminaliteit-editie-2024-offline.zip", "log.txt", "site", "site-search-index"),
                    siblings.map(x -> x.getFileName().toString()).sorted().toList());
        }
    }

    /** A kill between the two renames leaves the old site under its aside name; the next build restores it. */
    private static Path siteOrRestored(Path tmp, Path site) throws IOException {
        if (Files.exists(site)) return site;
        try (Stream<Path> list = Files.list(tmp)) {
            return list.filter(p -> p.getFileName().toString().startsWith(OutputFolders.OLD_PREFIX)).findFirst().orElseThrow();
        }
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java" + (File.separatorChar == '\\' ? ".exe" : "")).toString();
    }
}
