package nl.dossier.cli;

import nl.dossier.build.Progress;
import nl.dossier.build.SiteBuilder;
import nl.dossier.model.ContentException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Builds the site into the output folder; the previous site stays in place if anything fails.")
final class BuildCommand implements Callable<Integer> {

    @Option(names = "--source", paramLabel = "DIR", description = "Project folder with content/, templates/ and assets/ (default: current folder).")
    Path source = Path.of("");

    @Option(names = "--output", paramLabel = "DIR", description = "Where the site is written (default: target/site under the project folder).")
    Path output;

    @Option(names = "--quiet", description = "Print nothing but errors.")
    boolean quiet;

    @Option(names = "--verbose", description = "Print stack traces of unexpected errors.")
    boolean verbose;

    @Override
    public Integer call() {
        Path root = source.toAbsolutePath().normalize();
        Path out = output != null ? output : root.resolve("target/site");
        return ErrorReport.run(verbose, () -> {
            new SiteBuilder(root, out, quiet ? Progress.quiet() : Progress.to(System.out)).build();
        });
    }
}
