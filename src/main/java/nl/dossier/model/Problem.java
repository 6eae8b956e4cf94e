package nl.dossier.model;

import java.nio.file.Path;

/**
 * One thing wrong with the content, located in a source file.
 *
 * <p>Shown as {@code content/x.md:12:5: what is wrong (hint)}, the form editors and CI
 * annotations understand, in the site's language ({@link ProblemCatalog#line}). Line and column
 * are 1-based; 0 means "the whole file".
 *
 * @param hint how to fix it; null for none
 */
public record Problem(String file, int line, int column, Phrase message, Phrase hint) {

    /** A problem whose hint is its message's ({@link Phrase#hint}). */
    public Problem(String file, int line, int column, Phrase message) {
        this(file, line, column, message, message.hint());
    }

    public static Problem at(SourceFile source, int line, int column, Phrase message) {
        return new Problem(source.displayPath(), line, column, message);
    }

    public static Problem at(SourceFile source, int line, int column, Phrase message, Phrase hint) {
        return new Problem(source.displayPath(), line, column, message, hint);
    }

    public static Problem inFile(String file, Phrase message) {
        return new Problem(file, 0, 0, message);
    }

    public static Problem inFile(String file, Phrase message, Phrase hint) {
        return new Problem(file, 0, 0, message, hint);
    }


    public static String display(Path root, Path file) {
        Path rel = file.isAbsolute() && file.startsWith(root) ? root.relativize(file) : file;
        return rel.toString().replace('\\', '/');
    }

    /** {@code content/x.md:12:5}, or less when there is no line or column. */
    public String place() {
        StringBuilder b = new StringBuilder(file);
        if (line > 0) {
            b.append(':').append(line);
            if (column > 0) b.append(':').append(column);
        }
        return b.toString();
    }

    /** In English, for logs and test output; a writer gets {@link ProblemCatalog#line} in the site's language. */
    @Override
    public String toString() {
        return ProblemCatalog.ENGLISH.line(this);
    }
}
