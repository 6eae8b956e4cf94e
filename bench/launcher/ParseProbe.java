package nl.dossier.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

import java.util.Arrays;

/**
 * Prototype for bench/launcher.sh: what picocli's start-up would cost Dossier. "hand ARGS" parses
 * the command line with the hand-written parser, "picocli ARGS" builds the same commands and
 * options as a picocli model (programmatic API, no reflection on annotated classes) and parses
 * with it. With "--then-run" first, the command then runs as Main.main would run it.
 */
public final class ParseProbe {
    public static void main(String[] args) throws Exception {
        boolean thenRun = args[0].equals("--then-run");
        String mode = args[thenRun ? 1 : 0];
        String[] line = Arrays.copyOfRange(args, thenRun ? 2 : 1, args.length);
        if (mode.equals("picocli")) {
            CommandSpec top = CommandSpec.create().name("dossier").mixinStandardHelpOptions(true).version(Main.VERSION);
            top.usageMessage().description(Main.DESCRIPTION);
            for (Command c : Main.COMMANDS) {
                CommandSpec sub = CommandSpec.create().name(c.name()).mixinStandardHelpOptions(true);
                sub.usageMessage().description(c.description());
                for (Option o : c.options()) {
                    OptionSpec.Builder b = OptionSpec.builder(o.name()).description(o.description());
                    b.arity(o.takesValue() ? "1" : "0").type(o.takesValue() ? String.class : boolean.class);
                    if (o.takesValue()) b.paramLabel(o.label());
                    sub.addOption(b.build());
                }
                if (c.parameters() != null) sub.addPositional(PositionalParamSpec.builder().arity("0..*").paramLabel(c.parameters()).build());
                top.addSubcommand(c.name(), sub);
            }
            CommandLine.ParseResult result = new CommandLine(top).parseArgs(line);
            if (!result.hasSubcommand()) throw new IllegalStateException("no subcommand");
        } else {
            Command c = Main.find(line[0]);
            Arguments.parse(c.options(), Arrays.asList(line).subList(1, line.length));
        }
        if (thenRun) Main.main(line);
    }
}
