package nl.dossier.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The date of the newest commit of each file under content/, for "Laatst bijgewerkt" when a page
 * has no {@code updated} in its front matter. One {@code git log} for all files (not one per
 * file); outside a git checkout, or without git, every lookup returns null.
 */
final class GitDates {
    private final Map<Path, LocalDate> newest;

    private GitDates(Map<Path, LocalDate> newest) {
        this.newest = newest;
    }

    LocalDate of(Path file) {
        return newest.get(file.toAbsolutePath().normalize());
    }

    static GitDates read(Path projectRoot) {
        Map<Path, LocalDate> out = new HashMap<>();
        try {
            Path top = run(projectRoot, "git", "rev-parse", "--show-toplevel").map(s -> Path.of(s.strip())).orElse(null);
            if (top == null) return new GitDates(out);
            // Newest first: the first date seen for a file is the date of its last commit.
            String log = run(projectRoot, "git", "log", "--format=@%cs", "--name-only", "--no-renames", "--", "content").orElse("");
            LocalDate current = null;
            for (String line : log.split("\n")) {
                if (line.startsWith("@")) {
                    try {
                        current = LocalDate.parse(line.substring(1).strip());
                    } catch (DateTimeParseException e) {
                        current = null;
                    }
                } else if (!line.isBlank() && current != null) {
                    out.putIfAbsent(top.resolve(line.strip()).toAbsolutePath().normalize(), current);
                }
            }
        } catch (IOException e) {
            // no git: no dates from history
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return new GitDates(out);
    }

    private static java.util.Optional<String> run(Path dir, String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return java.util.Optional.empty();
        }
        return p.exitValue() == 0 ? java.util.Optional.of(new String(out, StandardCharsets.UTF_8)) : java.util.Optional.empty();
    }
}
