package nl.dossier.cli;

import nl.dossier.build.BundleBuilder;

import java.nio.file.Path;
import java.util.List;

final class BundleCommand extends Command {
    private static final Option OUTPUT = Option.value("--output", "FILE",
            "Where the zip is written (default: target/<site>-<edition>-offline.zip under the project folder).");

    BundleCommand() {
        super("bundle", "Writes only the offline zip (the whole site to read from disk); the previous zip stays in place if anything fails.",
                List.of(CommonOptions.SOURCE, OUTPUT, CommonOptions.QUIET, CommonOptions.VERBOSE), null);
    }

    @Override
    boolean batch() {
        return true;
    }

    @Override
    int run(Arguments arguments) throws UsageException {
        Path root = CommonOptions.source(arguments);
        Path output = arguments.path(OUTPUT.name(), null);
        return ErrorReport.run(arguments.flag(CommonOptions.VERBOSE.name()), () -> {
            new BundleBuilder(root, output, CommonOptions.progress(arguments)).build();
        });
    }
}
