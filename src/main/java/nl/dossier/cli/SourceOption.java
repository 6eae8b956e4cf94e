package nl.dossier.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/** {@code --source DIR}, shared by every command that reads a project. */
final class SourceOption {
    @Option(names = "--source", paramLabel = "DIR", description = "Project folder with content/, templates/ and assets/ (default: current folder).")
    Path source = Path.of("");

    Path root() {
        return source.toAbsolutePath().normalize();
    }
}
