package nl.dossier.cli;

import nl.dossier.build.BundleBuilder;
import nl.dossier.build.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "bundle", mixinStandardHelpOptions = true,
        description = "Writes only the offline zip (the whole site to read from disk); the previous zip stays in place if anything fails.")
final class BundleCommand implements Callable<Integer> {

    @Option(names = "--source", paramLabel = "DIR", description = "Project folder with content/, templates/ and assets/ (default: current folder).")
    Path source = Path.of("");

    @Option(names = "--output", paramLabel = "FILE", description = "Where the zip is written (default: target/<site>-<edition>-offline.zip under the project folder).")
    Path output;

    @Option(names = "--quiet", description = "Print nothing but errors.")
    boolean quiet;

    @Option(names = "--verbose", description = "Print stack traces of unexpected errors.")
    boolean verbose;

    @Override
    public Integer call() {
        Path root = source.toAbsolutePath().normalize();
        return ErrorReport.run(verbose, () -> {
            new BundleBuilder(root, output, quiet ? Progress.quiet() : Progress.to(System.out)).build();
        });
    }
}
