package nl.dossier.cli;

import nl.dossier.build.Progress;
import picocli.CommandLine.Option;

/** {@code --quiet} and {@code --verbose}, shared by the commands that build. */
final class ReportOptions {
    @Option(names = "--quiet", description = "Print nothing but errors.")
    boolean quiet;

    @Option(names = "--verbose", description = "Print stack traces of unexpected errors.")
    boolean verbose;

    Progress progress() {
        return quiet ? Progress.quiet() : Progress.to(System.out);
    }
}
