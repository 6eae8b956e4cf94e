package nl.dossier.load;

import nl.dossier.model.Problem;
import nl.dossier.model.SourceFile;
import nl.dossier.model.LineIndex;
import nl.dossier.model.Phrase;


import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads source files strictly: only files {@link ProjectFiles} allows (no links out of the
 * folder, none into hidden folders), UTF-8 only, no byte-order mark, no NUL bytes or other
 * invisible control characters, a size limit. Line endings are normalised to {@code \n} so CRLF files work.
 */
public final class SourceReader {
    /** Far above any real page; catches accidents such as a pasted PDF. */
    public static final long MAX_BYTES = 2L * 1024 * 1024;

    private final Path root;
    private final ProjectFiles files;

    public SourceReader(Path root) {
        this.root = root.toAbsolutePath().normalize();
        this.files = new ProjectFiles(this.root);
    }

    public Path root() {
        return root;
    }

    public String display(Path file) {
        return Problem.display(root, file.toAbsolutePath().normalize());
    }

    /** Reads one file, or returns empty after reporting why it cannot be used. */
    public Optional<SourceFile> read(Path file, java.util.function.Consumer<Problem> report) {
        String shown = display(file);
        try {
            Path real = files.check(file, report);
            if (real == null) return Optional.empty();
            long size = Files.size(real);
            if (size > MAX_BYTES) {
                report.accept(Problem.inFile(shown, Phrase.of("file.too_big", "size", size / 1024, "limit", MAX_BYTES / 1024)));
                return Optional.empty();
            }
            byte[] bytes = Files.readAllBytes(real);
            if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
                report.accept(new Problem(shown, 1, 1, Phrase.of("file.bom")));
                return Optional.empty();
            }
            String text = decode(bytes, shown, report);
            if (text == null) return Optional.empty();
            int nul = text.indexOf('\0');
            if (nul >= 0) {
                report.accept(new Problem(shown, new LineIndex(text).line(nul) + 1, 0, Phrase.of("file.nul")));
                return Optional.empty();
            }
            String lines = text.replace("\r\n", "\n").replace('\r', '\n');
            if (InvisibleCharacters.inText(lines, shown, report)) return Optional.empty();
            return Optional.of(new SourceFile(file, shown, lines));
        } catch (AccessDeniedException e) {
            report.accept(Problem.inFile(shown, Phrase.of("file.not_readable", "file", shown)));
            return Optional.empty();
        } catch (IOException e) {
            report.accept(Problem.inFile(shown, Phrase.of("file.cannot_read", "reason", reason(e))));
            return Optional.empty();
        }
    }

    /** What went wrong, in words rather than a Java exception name. */
    public static Phrase reason(IOException e) {
        if (e instanceof AccessDeniedException) return Phrase.of("io.no_permission");
        if (e instanceof NoSuchFileException) return Phrase.of("io.missing");
        if (e instanceof FileSystemException fs && fs.getReason() != null) return Phrase.of("io.other", "detail", fs.getReason());
        return e.getMessage() == null ? Phrase.of("io.error") : Phrase.of("io.other", "detail", e.getMessage());
    }


    private static String decode(byte[] bytes, String shown, java.util.function.Consumer<Problem> report) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return decoder.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            int bad = firstInvalidUtf8(bytes);
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < bad; i++) {
                if (bytes[i] == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            // Everything before the bad byte is valid UTF-8: count its characters for the column.
            int column = new String(bytes, lineStart, bad - lineStart, StandardCharsets.UTF_8).length() + 1;
            report.accept(new Problem(shown, line, column, Phrase.of("file.not_utf8", "byte", bad)));
            return null;
        }
    }

    private static int firstInvalidUtf8(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
        var result = decoder.decode(in, out, true);
        return result.isError() ? in.position() : bytes.length;
    }
}
