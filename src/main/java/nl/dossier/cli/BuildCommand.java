package nl.dossier.cli;

import nl.dossier.build.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "build", description = "Builds the site into the output folder; the previous site stays in place if anything fails.")
final class BuildCommand implements Callable<Integer> {
    @Option(names = "--source", paramLabel = "DIR", description = CommonOptions.SOURCE)
    private Path source;

    @Option(names = "--output", paramLabel = "DIR", description = "Where the site is written (default: target/site under the project folder).")
    private Path output;

    @Option(names = "--quiet", description = CommonOptions.QUIET)
    private boolean quiet;

    @Option(names = "--verbose", description = CommonOptions.VERBOSE)
    private boolean verbose;

    @Override
    public Integer call() throws UsageException {
        Path root = CommonOptions.source(source);
        Path out = output == null ? root.resolve("target/site") : output;
        return ErrorReport.run(root, verbose, () -> Pipeline.once(root).build(out, CommonOptions.progress(quiet)));
    }
}
