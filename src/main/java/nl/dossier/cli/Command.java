package nl.dossier.cli;

import java.util.List;

/** One subcommand of {@code dossier}: what it is called, what it accepts, and running it. */
abstract class Command {
    private final String name;
    private final String description;
    private final List<Option> options;
    private final String parameters;

    /**
     * @param description one sentence for the help
     * @param parameters  how the parameters after the options look in help ({@code QUERY...}),
     *                    or null when the command takes none
     */
    Command(String name, String description, List<Option> options, String parameters) {
        this.name = name;
        this.description = description;
        this.options = List.copyOf(options);
        this.parameters = parameters;
    }

    final String name() {
        return name;
    }

    final String description() {
        return description;
    }

    final List<Option> options() {
        return options;
    }

    final String parameters() {
        return parameters;
    }

    /** What the parameters mean, for the help; null when {@link #parameters()} says enough. */
    String parametersHelp() {
        return null;
    }

    /**
     * Whether the command is batch work (a whole build), which the launcher runs in a second JVM
     * tuned for it; interactive and long-running commands stay in the first.
     */
    boolean batch() {
        return false;
    }

    /** Runs the command and returns its exit code; a problem with the command line itself is a {@link UsageException}. */
    abstract int run(Arguments arguments) throws UsageException;
}
