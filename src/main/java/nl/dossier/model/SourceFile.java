package nl.dossier.model;

import java.nio.file.Path;

/** A file read from the source tree: where it is, how to name it in messages, and its text. */
public record SourceFile(Path path, String displayPath, String text) {
}
