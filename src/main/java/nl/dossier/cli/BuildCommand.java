package nl.dossier.cli;

import nl.dossier.build.SiteBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Builds the site into the output folder; the previous site stays in place if anything fails.")
final class BuildCommand implements Callable<Integer> {

    @Mixin
    SourceOption project;

    @Option(names = "--output", paramLabel = "DIR", description = "Where the site is written (default: target/site under the project folder).")
    Path output;

    @Mixin
    ReportOptions report;

    @Override
    public Integer call() {
        Path root = project.root();
        Path out = output != null ? output : root.resolve("target/site");
        return ErrorReport.run(report.verbose, () -> {
            new SiteBuilder(root, out, report.progress()).build();
        });
    }
}
