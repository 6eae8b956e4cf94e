package nl.dossier.model;

import java.nio.file.Path;

/**
 * One thing wrong with the content, located in a source file.
 *
 * <p>Printed as {@code content/x.md:12:5: what is wrong (hint)}, the form editors and CI
 * annotations understand. Line and column are 1-based; 0 means "the whole file".
 */
public record Problem(String file, int line, int column, String message, String hint) {

    public static Problem at(SourceFile source, int line, int column, String message, String hint) {
        return new Problem(source.displayPath(), line, column, message, hint);
    }

    public static Problem inFile(String file, String message, String hint) {
        return new Problem(file, 0, 0, message, hint);
    }

    public static String display(Path root, Path file) {
        Path rel = file.isAbsolute() && file.startsWith(root) ? root.relativize(file) : file;
        return rel.toString().replace('\\', '/');
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(file);
        if (line > 0) {
            b.append(':').append(line);
            if (column > 0) b.append(':').append(column);
        }
        b.append(": ").append(message);
        if (hint != null && !hint.isBlank()) b.append(" (").append(hint).append(')');
        return b.toString();
    }
}
