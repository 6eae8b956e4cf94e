package nl.dossier.build;

import nl.dossier.model.Phrase;
import nl.dossier.model.ProblemCatalog;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Reports stages with counts and times on the terminal, and at the end what was written where
 * and what to do next, in the site's language (the stage lines are for developers and stay as
 * they are); nothing with --quiet.
 */
public final class Progress {
    /** Characters a shell takes as part of a word; a path with others is quoted in a command to copy. */
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9._/:@%+=,-]+");

    private final PrintStream out;
    private final Path workingDirectory;

    Progress(PrintStream out, Path workingDirectory) {
        this.out = out;
        this.workingDirectory = workingDirectory.toAbsolutePath().normalize();
    }

    public static Progress to(PrintStream out) {
        return new Progress(out, Path.of(""));
    }

    public static Progress quiet() {
        return new Progress(null, Path.of(""));
    }

    /** What a build wrote; pdf is null when the site has none. */
    public record Written(Path project, Path site, Path index, Path zip, Path pdf) {
    }

    void stage(String name, String detail, long startNanos) {
        if (out == null) return;
        out.printf("  %-7s %-48s %6d ms%n", name, detail, (System.nanoTime() - startNanos) / 1_000_000);
    }

    void done(Path output, long nanos, ProblemCatalog words) {
        if (out == null) return;
        out.println(words.text(Phrase.of("progress.done", "path", shown(output), "ms", nanos / 1_000_000)));
    }

    /** The end of a build: the paths it wrote, and how to look at the site. */
    void built(Written w, long nanos, ProblemCatalog words) {
        if (out == null) return;
        out.println(words.text(Phrase.of("progress.built", "ms", nanos / 1_000_000)));
        line(words.text(Phrase.of("progress.site")), w.site());
        line(words.text(Phrase.of("progress.index")), w.index());
        line(words.text(Phrase.of("progress.zip")), w.zip());
        if (w.pdf() != null) line(words.text(Phrase.of("progress.pdf")), w.pdf());
        String source = w.project().toAbsolutePath().normalize().equals(workingDirectory) ? "" : " --source " + quoted(shown(w.project()));
        // The site links pages by their folder, which only a server answers; the zip's copy opens from disk.
        out.println(words.text(Phrase.of("progress.next", "command", "java -jar target/dossier.jar serve" + source, "zip", shown(w.zip()))));
    }

    private void line(String label, Path path) {
        out.printf("  %-14s%s%n", label, shown(path));
    }

    /** The path relative to the working directory when that is shorter, else absolute. */
    String shown(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        if (absolute.equals(workingDirectory)) return ".";
        try {
            String relative = workingDirectory.relativize(absolute).toString();
            if (relative.length() < absolute.toString().length()) return relative;
        } catch (IllegalArgumentException e) {
            // Another root (a different drive): only the absolute path leads there.
        }
        return absolute.toString();
    }

    /** The word as a shell reads it, in double quotes when it has a space or another special character. */
    static String quoted(String word) {
        return PLAIN.matcher(word).matches() ? word : "\"" + word.replaceAll("([\"\\\\$`])", "\\\\$1") + "\"";
    }
}
