package nl.dossier.cli;

import nl.dossier.build.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "bundle",
        description = "Writes only the offline zip (the whole site to read from disk); the previous zip stays in place if anything fails.")
final class BundleCommand implements Callable<Integer> {
    @Option(names = "--source", paramLabel = "DIR", description = CommonOptions.SOURCE)
    private Path source;

    @Option(names = "--output", paramLabel = "FILE",
            description = "Where the zip is written (default: target/<site>-<edition>-offline.zip under the project folder).")
    private Path output;

    @Option(names = "--quiet", description = CommonOptions.QUIET)
    private boolean quiet;

    @Option(names = "--verbose", description = CommonOptions.VERBOSE)
    private boolean verbose;

    @Override
    public Integer call() throws UsageException {
        Path root = CommonOptions.source(source);
        return ErrorReport.run(root, verbose, () -> Pipeline.once(root).bundle(output, CommonOptions.progress(quiet)));
    }
}
