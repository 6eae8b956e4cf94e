package nl.dossier.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * {@code java -jar target/dossier.jar <subcommand>}. Exit codes: 0 success, 1 content errors,
 * 2 usage errors.
 *
 * <p>The command line is parsed by {@link Arguments}, not by a library: picocli, which did it
 * before, took 130-190 ms of every start (building its model by reflection, and its classes,
 * compiled for Java 5, are verified at every start and left out of the CDS archive), about a
 * tenth of building the real site (docs/performance.md).
 */
public final class Main {
    public static final int OK = 0;
    public static final int CONTENT_ERROR = 1;
    public static final int USAGE_ERROR = 2;

    static final String VERSION = "dossier 0.1.0";
    static final String DESCRIPTION = "Builds the Dossier site from Markdown in content/.";
    static final List<Command> COMMANDS = List.of(
            new BuildCommand(), new ServeCommand(), new CheckCommand(), new SearchCommand(), new BundleCommand(), new InitCommand());

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line in-process (also used by the tests) and returns its exit code. */
    public static int run(String... args) {
        if (args.length == 0) return usageError(null, "missing subcommand: " + names(" or "));
        String first = args[0];
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        if (answered(first, () -> Help.overview(COMMANDS))) return OK;
        if (first.equals("help")) return help(rest);
        Command command = find(first);
        if (command == null) return unknownSubcommand(first);
        for (String word : rest) {
            if (word.equals("--")) break;
            if (answered(word, () -> Help.of(command))) return OK;
        }
        try {
            Arguments arguments = Arguments.parse(command.options(), rest);
            if (command.parameters() == null && !arguments.parameters().isEmpty()) {
                throw new UsageException("unexpected argument '" + arguments.parameters().get(0) + "'");
            }
            return command.run(arguments);
        } catch (UsageException e) {
            return usageError(command, e.getMessage());
        }
    }

    /** {@code help} or {@code help COMMAND}. */
    private static int help(List<String> words) {
        if (words.isEmpty()) {
            System.out.print(Help.overview(COMMANDS));
            return OK;
        }
        if (words.size() > 1) return usageError(null, "help takes one subcommand: " + names(" or "));
        if (words.get(0).equals("help")) return help(List.of());
        if (answered(words.get(0), () -> Help.overview(COMMANDS))) return OK;
        Command command = find(words.get(0));
        if (command == null) return unknownSubcommand(words.get(0));
        System.out.print(Help.of(command));
        return OK;
    }

    /** The usage error for a word that names no subcommand, with the word probably meant. */
    private static int unknownSubcommand(String word) {
        List<String> words = new ArrayList<>(COMMANDS.stream().map(Command::name).toList());
        words.addAll(List.of("help", "--help", "--version"));
        String near = Arguments.didYouMean(word, words);
        String what = word.startsWith("-") ? "unknown option '" : "unknown subcommand '";
        return usageError(null, what + word + "'" + (near.isEmpty() ? "; the subcommands are " + names(" and ") : near));
    }

    /** The subcommand of that name, or null. */
    static Command find(String name) {
        for (Command c : COMMANDS) if (c.name().equals(name)) return c;
        return null;
    }

    /** The subcommands' names for a message: "build, serve, check, search or bundle". */
    private static String names(String beforeLast) {
        List<String> names = COMMANDS.stream().map(Command::name).toList();
        return String.join(", ", names.subList(0, names.size() - 1)) + beforeLast + names.get(names.size() - 1);
    }

    /** Prints the help or the version when the word asks for it; whether it did. */
    private static boolean answered(String word, Supplier<String> help) {
        if (word.equals("-h") || word.equals("--help")) {
            System.out.print(help.get());
            return true;
        }
        if (word.equals("-V") || word.equals("--version")) {
            System.out.println(VERSION);
            return true;
        }
        return false;
    }

    private static int usageError(Command command, String message) {
        PrintStream err = System.err;
        err.println((command == null ? "dossier" : "dossier " + command.name()) + ": " + message);
        err.println(command == null ? "Run 'java -jar target/dossier.jar --help' for the subcommands."
                : "Run 'java -jar target/dossier.jar " + command.name() + " --help' for its options.");
        return USAGE_ERROR;
    }
}
