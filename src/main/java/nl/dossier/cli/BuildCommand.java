package nl.dossier.cli;

import nl.dossier.build.SiteBuilder;

import java.nio.file.Path;
import java.util.List;

final class BuildCommand extends Command {
    private static final Option OUTPUT = Option.value("--output", "DIR",
            "Where the site is written (default: target/site under the project folder).");

    BuildCommand() {
        super("build", "Builds the site into the output folder; the previous site stays in place if anything fails.",
                List.of(CommonOptions.SOURCE, OUTPUT, CommonOptions.QUIET, CommonOptions.VERBOSE), null);
    }

    @Override
    boolean batch() {
        return true;
    }

    @Override
    int run(Arguments arguments) throws UsageException {
        Path root = CommonOptions.source(arguments);
        Path out = arguments.path(OUTPUT.name(), root.resolve("target/site"));
        return ErrorReport.run(arguments.flag(CommonOptions.VERBOSE.name()), () -> {
            new SiteBuilder(root, out, CommonOptions.progress(arguments)).build();
        });
    }
}
