package nl.dossier.cli;

import nl.dossier.TestSites;
import nl.dossier.build.BuildCommandTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The packaged jar, as users and Netlify run it: {@code java -jar target/dossier.jar}. Its exit
 * code and output must be the command's. Runs after the package phase (see pom.xml).
 */
class CommandLineJarTest {
    private static final Path JAR = TestSites.projectRoot().resolve("target/dossier.jar");

    @Test
    void aBuildReportsItsOutputAndExitCode(@TempDir Path tmp) throws Exception {
        Process p = jar(tmp, "build", "--source", TestSites.projectRoot().toString(), "--output", tmp.resolve("site").toString());
        assertTrue(p.waitFor(5, TimeUnit.MINUTES));
        assertEquals(0, p.exitValue(), Files.readString(tmp.resolve("out.txt")));
        assertTrue(Files.readString(tmp.resolve("out.txt")).contains("Gebouwd in "), "the command's output, in the site's language");
        assertTrue(Files.isRegularFile(tmp.resolve("site/index.html")));
    }

    @Test
    void contentAndUsageErrorsKeepTheirExitCodes(@TempDir Path tmp) throws Exception {
        Path project = tmp.resolve("project");
        BuildCommandTest.copyProject(TestSites.projectRoot(), project);
        Path page = project.resolve("content/index.md");
        Files.writeString(page, Files.readString(page).replaceFirst("title:", "titel:"));
        Process broken = jar(tmp, "build", "--source", project.toString(), "--output", tmp.resolve("site").toString());
        assertTrue(broken.waitFor(5, TimeUnit.MINUTES));
        String out = Files.readString(tmp.resolve("out.txt"));
        assertEquals(1, broken.exitValue(), out);
        assertTrue(out.contains("index.md:"), "names the file and line: " + out);

        Process usage = jar(tmp, "build", "--no-such-option");
        assertTrue(usage.waitFor(2, TimeUnit.MINUTES));
        assertEquals(2, usage.exitValue());
    }

    private static Process jar(Path tmp, String... args) throws IOException {
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(tmp.resolve("out.txt").toFile()).start();
    }
}
