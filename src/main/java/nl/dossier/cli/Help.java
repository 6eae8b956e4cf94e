package nl.dossier.cli;

import java.util.ArrayList;
import java.util.List;

/** The text {@code --help} prints: the subcommands, or one subcommand's options. */
final class Help {
    private static final Option HELP = Option.flag("-h, --help", "Show this help and exit.");
    private static final Option VERSION = Option.flag("-V, --version", "Print the version and exit.");

    private Help() {
    }

    static String overview(List<Command> commands) {
        StringBuilder b = new StringBuilder("Usage: java -jar target/dossier.jar <subcommand> [options]\n")
                .append(Main.DESCRIPTION).append("\n\nSubcommands:\n");
        List<String[]> rows = new ArrayList<>();
        for (Command c : commands) rows.add(new String[] {c.name(), c.description()});
        rows.add(new String[] {"help", "Shows the options of a subcommand: help build."});
        table(b, rows);
        b.append("\nOptions:\n");
        table(b, rows(List.of(HELP, VERSION)));
        return b.append("\nEvery subcommand has --help.\n").toString();
    }

    static String of(Command command) {
        StringBuilder b = new StringBuilder("Usage: java -jar target/dossier.jar ").append(command.name());
        for (Option o : command.options()) b.append(" [").append(o.synopsis()).append(']');
        if (command.parameters() != null) b.append(' ').append(command.parameters());
        b.append('\n').append(command.description()).append("\n");
        if (command.parametersHelp() != null) {
            b.append("\nArguments:\n");
            table(b, List.<String[]>of(new String[] {command.parameters(), command.parametersHelp()}));
        }
        b.append("\nOptions:\n");
        List<Option> options = new ArrayList<>(command.options());
        options.add(HELP);
        options.add(VERSION);
        table(b, rows(options));
        return b.toString();
    }

    private static List<String[]> rows(List<Option> options) {
        List<String[]> rows = new ArrayList<>();
        for (Option o : options) rows.add(new String[] {o.synopsis(), o.description()});
        return rows;
    }

    /** Two columns, the second aligned. */
    private static void table(StringBuilder b, List<String[]> rows) {
        int width = 0;
        for (String[] r : rows) width = Math.max(width, r[0].length());
        for (String[] r : rows) {
            b.append("  ").append(r[0]).append(" ".repeat(width - r[0].length() + 3)).append(r[1]).append('\n');
        }
    }
}
