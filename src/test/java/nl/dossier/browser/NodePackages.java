package nl.dossier.browser;

import nl.dossier.TestSites;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * The npm packages of the browser tests (browser-tests/package.json, pinned by its
 * package-lock.json): installed with {@code npm ci} by .ci/run, or here on first use when
 * browser-tests/node_modules is missing, so a plain {@code mvn test} works on a fresh clone.
 */
final class NodePackages {
    private NodePackages() {
    }

    static Path folder() {
        return TestSites.projectRoot().resolve("browser-tests");
    }

    static synchronized Path ensureInstalled() {
        Path dir = folder();
        if (Files.isRegularFile(dir.resolve("node_modules/axe-core/axe.min.js"))
                && Files.isRegularFile(dir.resolve("node_modules/lighthouse/cli/index.js"))) {
            return dir;
        }
        try {
            Process p = new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund")
                    .directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.INHERIT).start();
            if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) {
                p.destroyForcibly();
                throw new AssertionError("npm ci in " + dir + " failed; run it by hand to see why");
            }
        } catch (IOException e) {
            throw new AssertionError("cannot run npm (Node 20 and npm are needed for the browser tests): " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
        return dir;
    }

    static Path axeScript() {
        return ensureInstalled().resolve("node_modules/axe-core/axe.min.js");
    }

    static Path lighthouseCli() {
        return ensureInstalled().resolve("node_modules/lighthouse/cli/index.js");
    }
}
