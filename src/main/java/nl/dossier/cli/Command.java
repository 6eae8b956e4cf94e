package nl.dossier.cli;

import java.util.List;

/** One subcommand of {@code dossier}: what it is called, what it accepts, and running it. */
interface Command {
    String name();

    /** One sentence for the help. */
    String description();

    List<Option> options();

    /** How the parameters after the options look in help ({@code QUERY...}), or null when the command takes none. */
    default String parameters() {
        return null;
    }

    /** Runs the command and returns its exit code; a problem with the command line itself is a {@link UsageException}. */
    int run(Arguments arguments) throws UsageException;
}
