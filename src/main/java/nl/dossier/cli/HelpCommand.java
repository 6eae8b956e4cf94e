package nl.dossier.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.util.concurrent.Callable;

/** {@code help} or {@code help SUBCOMMAND}; a mistyped subcommand gets the one probably meant. */
@Command(name = "help", description = "Shows the options of a subcommand: help build.")
final class HelpCommand implements Callable<Integer> {
    @Parameters(arity = "0..1", paramLabel = "SUBCOMMAND", description = "The subcommand to explain.")
    private String subcommand;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        CommandLine top = spec.commandLine().getParent();
        CommandLine about = subcommand == null || subcommand.equals("help") ? top : top.getSubcommands().get(subcommand);
        if (about == null) return Main.usageError(top, Main.unknownSubcommand(subcommand));
        about.usage(about.getOut(), about.getColorScheme());
        about.getOut().flush();
        return Main.OK;
    }
}
