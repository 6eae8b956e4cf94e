package nl.dossier;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs the project's shell scripts (.ci/, netlify/) the way CI and Netlify do: with bash, in a folder, with an environment. */
public final class TestScripts {
    private TestScripts() {
    }

    /** What one run printed, stdout and stderr apart (GitHub reads workflow commands from stdout). */
    public record Result(int exit, String out, String err) {
        /** Everything printed, for assertion messages. */
        public String printed() {
            return "--- exit " + exit + "\n--- stdout:\n" + out + "--- stderr:\n" + err;
        }
    }

    /**
     * Runs {@code bash -c command} in {@code dir}. {@code env} is added to this JVM's environment;
     * a null value removes the variable. The output goes through files in {@code scratch}, so a
     * script that hangs is killed after the timeout instead of blocking a pipe.
     */
    public static Result bash(Path dir, Map<String, String> env, Path scratch, long timeoutSeconds, String command)
            throws IOException, InterruptedException {
        Path out = Files.createTempFile(scratch, "stdout", ".txt");
        Path err = Files.createTempFile(scratch, "stderr", ".txt");
        ProcessBuilder pb = new ProcessBuilder("bash", "-c", command).directory(dir.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        env.forEach((name, value) -> {
            if (value == null) pb.environment().remove(name);
            else pb.environment().put(name, value);
        });
        Process p = pb.start();
        if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly().waitFor();
            throw new AssertionError("'" + command + "' did not finish within " + timeoutSeconds + " s:\n"
                    + text(out) + text(err));
        }
        return new Result(p.exitValue(), text(out), text(err));
    }

    private static String text(Path file) throws IOException {
        return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    }
}
