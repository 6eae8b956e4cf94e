package nl.dossier.errors;

import nl.dossier.TestFiles;
import nl.dossier.cli.Main;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Test fixtures for the error suite: copies of the real project, in-process builds with captured
 * output, small text edits on source files and a fingerprint of a built site.
 */
final class Fixture {
    /** The project root, passed in by surefire (see pom.xml). */
    static final Path ROOT = Path.of(System.getProperty("dossier.root", ".")).toAbsolutePath().normalize();

    private Fixture() {
    }

    /** What one run of the command line did. */
    record Run(int exitCode, String out, String err) {
        /** Everything printed, for assertion messages. */
        String printed() {
            return "--- exit code " + exitCode + "\n--- stdout:\n" + out + "--- stderr:\n" + err;
        }
    }

    /** Copies content/, templates/ and assets/ of the real project into {@code project}. */
    static void copyProject(Path project) throws IOException {
        for (String dir : List.of("content", "templates", "assets")) {
            TestFiles.copyTree(ROOT.resolve(dir), project.resolve(dir));
        }
    }

    /** Runs {@code dossier build} in-process, capturing stdout and stderr. */
    static Run build(Path project, Path output, String... extra) {
        List<String> args = new ArrayList<>(List.of("build", "--source", project.toString(), "--output", output.toString()));
        args.addAll(List.of(extra));
        return run(args.toArray(String[]::new));
    }

    static synchronized Run run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            System.setOut(o);
            System.setErr(e);
            code = Main.run(args);
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Relative path → SHA-256 of every file under {@code dir}; equal maps mean byte-identical trees. */
    static Map<String, String> fingerprint(Path dir) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                out.put(dir.relativize(p).toString().replace('\\', '/'), sha256(Files.readAllBytes(p)));
            }
        }
        return out;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- edits on source files; each fails loudly when the text it expects is not there ----

    /** Reads a file as UTF-8; bytes that are not UTF-8 read as U+FFFD, so positions stay countable. */
    static String read(Path project, String file) {
        try {
            return new String(Files.readAllBytes(project.resolve(file)), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void write(Path project, String file, String text) throws IOException {
        Files.writeString(project.resolve(file), text, StandardCharsets.UTF_8);
    }

    /** Replaces the first occurrence of {@code old}, which must be present. */
    static void replace(Path project, String file, String old, String replacement) throws IOException {
        String text = read(project, file);
        int at = text.indexOf(old);
        if (at < 0) throw new AssertionError("fixture out of date: '" + old + "' not found in " + file);
        write(project, file, text.substring(0, at) + replacement + text.substring(at + old.length()));
    }

    /** Replaces 1-based line {@code n} (without its line break). */
    static void replaceLine(Path project, String file, int n, String replacement) throws IOException {
        List<String> lines = new ArrayList<>(List.of(read(project, file).split("\n", -1)));
        lines.set(n - 1, replacement);
        write(project, file, String.join("\n", lines));
    }

    /** Inserts text as new line(s) before 1-based line {@code n}. */
    static void insertBeforeLine(Path project, String file, int n, String text) throws IOException {
        List<String> lines = new ArrayList<>(List.of(read(project, file).split("\n", -1)));
        lines.add(n - 1, text);
        write(project, file, String.join("\n", lines));
    }

    /** Keeps only the first {@code n} lines, each with its line break. */
    static void keepLines(Path project, String file, int n) throws IOException {
        List<String> lines = List.of(read(project, file).split("\n", -1));
        write(project, file, String.join("\n", lines.subList(0, n)) + "\n");
    }

    static void deleteLine(Path project, String file, int n) throws IOException {
        List<String> lines = new ArrayList<>(List.of(read(project, file).split("\n", -1)));
        lines.remove(n - 1);
        write(project, file, String.join("\n", lines));
    }

    static void append(Path project, String file, String text) throws IOException {
        String old = read(project, file);
        write(project, file, old + (old.endsWith("\n") ? "" : "\n") + text);
    }

    /**
     * 1-based "line:column" of the first occurrence of {@code marker} in a (mutated) file, the way
     * the build counts: lines split at LF, columns in characters.
     */
    static String positionOf(Path project, String file, String marker) {
        String text = read(project, file);
        int at = text.indexOf(marker);
        if (at < 0) throw new AssertionError("fixture out of date: '" + marker + "' not found in " + file);
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < at; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return line + ":" + (at - lineStart + 1);
    }

    /** The 1-based line of the first occurrence of {@code marker}. */
    static int lineOf(Path project, String file, String marker) {
        return Integer.parseInt(positionOf(project, file, marker).split(":")[0]);
    }
}
