package nl.dossier.cli;

import nl.dossier.TestSites;
import nl.dossier.build.BuildCommandTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The packaged jar, as users and Netlify run it: {@code java -jar target/dossier.jar}. The
 * launcher runs batch commands in a second JVM; its exit code and output must be the command's,
 * and killing it must stop the build. Runs after the package phase (see pom.xml).
 */
class LauncherJarTest {
    private static final Path JAR = TestSites.projectRoot().resolve("target/dossier.jar");

    @Test
    void aBuildRunsInASecondJvmTunedForBatchWorkAndReportsItsExitCode(@TempDir Path tmp) throws Exception {
        Process p = jar(tmp, "build", "--source", TestSites.projectRoot().toString(), "--output", tmp.resolve("site").toString());
        Optional<ProcessHandle> child = childJvm(p);
        assertTrue(child.isPresent(), "the build runs in a child JVM");
        String command = child.get().info().commandLine().orElse("");
        assertTrue(command.contains("-XX:TieredStopAtLevel=1"), command);
        assertTrue(command.contains("-XX:+UseParallelGC"), command);
        assertTrue(command.matches(".* -Xmx\\d+m .*"), "a heap sized to the site: " + command);
        assertTrue(p.waitFor(5, TimeUnit.MINUTES));
        assertEquals(0, p.exitValue(), Files.readString(tmp.resolve("out.txt")));
        assertTrue(Files.readString(tmp.resolve("out.txt")).contains("Built "), "the child's output is the command's output");
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

    @Test
    void killingTheLauncherStopsTheBuild(@TempDir Path tmp) throws Exception {
        Process p = jar(tmp, "build", "--source", TestSites.projectRoot().toString(), "--output", tmp.resolve("site").toString());
        Optional<ProcessHandle> child = childJvm(p);
        assertTrue(child.isPresent(), "the build runs in a child JVM");
        p.destroyForcibly().waitFor();
        assertTrue(child.get().onExit().get(30, TimeUnit.SECONDS) != null && !child.get().isAlive(),
                "the child JVM stops when its launcher is killed");
        assertFalse(Files.exists(tmp.resolve("site")) && !Files.isRegularFile(tmp.resolve("site/index.html")),
                "no half site: either none or a complete one");
    }

    private static Process jar(Path tmp, String... args) throws IOException {
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(tmp.resolve("out.txt").toFile()).start();
    }

    /**
     * The launcher's child JVM, waiting up to a few seconds for it to appear (the JDK starts
     * children through jspawnhelper, which becomes the JVM a moment later).
     */
    private static Optional<ProcessHandle> childJvm(Process launcher) throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            Optional<ProcessHandle> child = launcher.toHandle().children()
                    .filter(c -> c.info().commandLine().orElse("").contains("-D" + Launcher.CHILD + "=1")).findFirst();
            if (child.isPresent()) return child;
            if (!launcher.isAlive()) return Optional.empty();
            Thread.sleep(50);
        }
        return Optional.empty();
    }
}
