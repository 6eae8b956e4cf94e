package nl.dossier.cli;

import nl.dossier.build.OutputGuard;
import nl.dossier.build.Progress;

import java.nio.file.Path;

/** What several commands share: the help texts of {@code --source}, {@code --quiet} and {@code --verbose}, and their meaning. */
final class CommonOptions {
    static final String SOURCE = "Project folder with content/, templates/ and assets/ (default: current folder).";
    static final String QUIET = "Print nothing but errors.";
    static final String VERBOSE = "Print stack traces of unexpected errors.";

    private CommonOptions() {
    }

    /** The project folder (null: the current one), absolute; one without content/ is a usage error, before anything is created. */
    static Path source(Path given) throws UsageException {
        Path source = (given == null ? Path.of("") : given).toAbsolutePath().normalize();
        try {
            OutputGuard.checkSource(source);
        } catch (OutputGuard.Refused e) {
            throw new UsageException(e.getMessage());
        }
        return source;
    }

    static Progress progress(boolean quiet) {
        return quiet ? Progress.quiet() : Progress.to(System.out);
    }
}
