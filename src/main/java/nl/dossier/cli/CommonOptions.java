package nl.dossier.cli;

import nl.dossier.build.OutputGuard;
import nl.dossier.build.Progress;

import java.nio.file.Path;

/** Options several commands share: {@code --source}, {@code --quiet} and {@code --verbose}. */
final class CommonOptions {
    static final Option SOURCE = Option.value("--source", "DIR",
            "Project folder with content/, templates/ and assets/ (default: current folder).");
    static final Option QUIET = Option.flag("--quiet", "Print nothing but errors.");
    static final Option VERBOSE = Option.flag("--verbose", "Print stack traces of unexpected errors.");

    private CommonOptions() {
    }

    /** The project folder, absolute; one without content/ is a usage error, before anything is created. */
    static Path source(Arguments arguments) throws UsageException {
        Path source = arguments.path(SOURCE.name(), Path.of("")).toAbsolutePath().normalize();
        try {
            OutputGuard.checkSource(source);
        } catch (OutputGuard.Refused e) {
            throw new UsageException(e.getMessage());
        }
        return source;
    }

    static Progress progress(Arguments arguments) {
        return arguments.flag(QUIET.name()) ? Progress.quiet() : Progress.to(System.out);
    }
}
