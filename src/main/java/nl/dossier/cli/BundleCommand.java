package nl.dossier.cli;

import nl.dossier.build.BundleBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "bundle", mixinStandardHelpOptions = true,
        description = "Writes only the offline zip (the whole site to read from disk); the previous zip stays in place if anything fails.")
final class BundleCommand implements Callable<Integer> {

    @Mixin
    SourceOption project;

    @Option(names = "--output", paramLabel = "FILE", description = "Where the zip is written (default: target/<site>-<edition>-offline.zip under the project folder).")
    Path output;

    @Mixin
    ReportOptions report;

    @Override
    public Integer call() {
        Path root = project.root();
        return ErrorReport.run(report.verbose, () -> {
            new BundleBuilder(root, output, report.progress()).build();
        });
    }
}
