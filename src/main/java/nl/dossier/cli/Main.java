package nl.dossier.cli;

import nl.dossier.load.Suggest;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.UnmatchedArgumentException;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code java -jar target/dossier.jar <subcommand>}, parsed by picocli. Exit codes: 0 success,
 * 1 content errors, 2 usage errors. A usage error is two lines on stderr: what is wrong (a
 * mistyped subcommand or option gets the one probably meant, from {@link Suggest}), and where
 * the help is.
 */
@Command(name = "java -jar target/dossier.jar", description = Main.DESCRIPTION, version = Main.VERSION,
        mixinStandardHelpOptions = true, scope = ScopeType.INHERIT, sortOptions = false, usageHelpWidth = 100,
        subcommands = {BuildCommand.class, ServeCommand.class, CheckCommand.class, SearchCommand.class,
                BundleCommand.class, InitCommand.class, HelpCommand.class})
public final class Main implements Callable<Integer> {
    public static final int OK = 0;
    public static final int CONTENT_ERROR = 1;
    public static final int USAGE_ERROR = 2;

    static final String VERSION = "dossier 0.1.0";
    static final String DESCRIPTION = "Builds the Dossier site from Markdown in content/.";

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line in-process (also used by the tests) and returns its exit code. */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    static CommandLine commandLine() {
        return new CommandLine(new Main())
                .setParameterExceptionHandler((e, args) -> usageError(e.getCommandLine(), message(e)))
                .setExecutionExceptionHandler((e, line, result) -> {
                    if (e instanceof UsageException) return usageError(line, e.getMessage());
                    throw e;
                });
    }

    /** No subcommand. */
    @Override
    public Integer call() {
        return usageError(commandLine(), "missing subcommand: " + subcommands(" or "));
    }

    /** What a parse error says: picocli's message, except for a word it did not expect. */
    private static String message(ParameterException e) {
        if (!(e instanceof UnmatchedArgumentException u) || u.getUnmatched().isEmpty()) return e.getMessage();
        String word = u.getUnmatched().get(0);
        CommandSpec spec = e.getCommandLine().getCommandSpec();
        if (spec.parent() == null) return unknownSubcommand(word);
        if (!word.startsWith("-") || word.equals("-")) return "unexpected argument '" + word + "'";
        String name = word.contains("=") ? word.substring(0, word.indexOf('=')) : word;
        List<String> names = spec.optionsMap().keySet().stream().filter(n -> n.startsWith("--")).toList();
        return "unknown option '" + name + "'" + didYouMean(name, names);
    }

    /** The message for a word that names no subcommand, with the word probably meant. */
    static String unknownSubcommand(String word) {
        List<String> words = new ArrayList<>(commandLine().getSubcommands().keySet());
        words.addAll(List.of("--help", "--version"));
        String near = didYouMean(word, words);
        String what = word.startsWith("-") ? "unknown option '" : "unknown subcommand '";
        return what + word + "'" + (near.isEmpty() ? "; the subcommands are " + subcommands(" and ") : near);
    }

    /** " (did you mean 'build'?)" for a mistyped word, or nothing when no candidate is close. */
    static String didYouMean(String word, List<String> candidates) {
        String near = Suggest.closest(word, candidates);
        return near == null ? "" : " (did you mean '" + near + "'?)";
    }

    /** The subcommands' names for a message: "build, serve, check, search, bundle or init". */
    private static String subcommands(String beforeLast) {
        List<String> names = new ArrayList<>(commandLine().getSubcommands().keySet());
        names.remove("help");
        return String.join(", ", names.subList(0, names.size() - 1)) + beforeLast + names.get(names.size() - 1);
    }

    static int usageError(CommandLine line, String message) {
        boolean top = line.getParent() == null;
        String name = line.getCommandName();
        System.err.println((top ? "dossier" : "dossier " + name) + ": " + message);
        System.err.println(top ? "Run 'java -jar target/dossier.jar --help' for the subcommands."
                : "Run 'java -jar target/dossier.jar " + name + " --help' for its options.");
        return USAGE_ERROR;
    }
}
