package nl.dossier.cli;

import nl.dossier.build.BuildCommandTest;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command line of the real subcommands: both spellings of a value, flags, parameters, and every way to get it wrong. */
class CommandLineTest {

    /** The parsed words of one subcommand, without running it. */
    private static ParseResult parse(String... words) {
        return Main.commandLine().parseArgs(words).subcommand();
    }

    private static void usageError(String expected, String... words) {
        BuildCommandTest.Run r = BuildCommandTest.run(words);
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().contains(expected), r.err());
    }

    @Test
    void valuesComeWithASpaceOrAnEqualsSign() {
        ParseResult a = parse("search", "--index", "a b", "--limit=3", "--json", "haven");
        assertEquals(Path.of("a b"), a.matchedOptionValue("--index", null));
        assertEquals(3, a.<Integer>matchedOptionValue("--limit", 10));
        assertTrue(a.hasMatchedOption("--json"));

        ParseResult defaults = parse("search", "haven");
        assertFalse(defaults.hasMatchedOption("--index"));
        assertFalse(defaults.hasMatchedOption("--json"));
        // An equals sign inside the value belongs to the value.
        assertEquals("x=y", parse("init", "--language=x=y", "dir").matchedOptionValue("--language", null));
    }

    @Test
    void wordsThatAreNoOptionAreParametersAndDoubleDashEndsTheOptions() {
        ParseResult a = parse("search", "haven", "--json", "drugs", "--", "--limit", "-");
        assertEquals(List.of("haven", "drugs", "--limit", "-"), a.matchedPositionalValue(0, List.of()));
        assertTrue(a.hasMatchedOption("--json"));
        assertFalse(a.hasMatchedOption("--limit"));
    }

    @Test
    void mistakesAreUsageErrorsThatSayWhatIsWrong() {
        usageError("dossier search: unknown option '--output'", "search", "--output", "x", "haven");
        usageError("'--index'", "search", "--index");
        usageError("'--quiet'", "build", "--quiet=yes");
        usageError("'--limit'", "search", "--limit", "1", "--limit=2", "haven");
        usageError("'veel'", "search", "--limit", "veel", "haven");
        usageError("'--source'", "build", "--source", "a\0b");
        usageError("dossier build: unexpected argument 'stray'", "build", "stray");
        usageError("dossier: missing subcommand: build, serve, check, search, bundle or init");
        usageError("Run 'java -jar target/dossier.jar build --help' for its options.", "build", "--nope");
    }

    @Test
    void aMistypedOptionGetsTheOneMeant() {
        BuildCommandTest.Run option = BuildCommandTest.run("build", "--sourc", ".");
        assertEquals(2, option.exit());
        assertTrue(option.err().startsWith("dossier build: unknown option '--sourc' (did you mean '--source'?)\n"), option.err());
        usageError("unknown option '--qeuit' (did you mean '--quiet'?)", "build", "--qeuit");
        usageError("unknown option '-source' (did you mean '--source'?)", "build", "-source=x");
        usageError("unknown option '--hepl' (did you mean '--help'?)", "build", "--hepl");
    }

    @Test
    void aMistypedSubcommandGetsTheOneMeantOnTheCommandLine() {
        BuildCommandTest.Run typo = BuildCommandTest.run("biuld");
        assertEquals(2, typo.exit());
        assertTrue(typo.err().startsWith("dossier: unknown subcommand 'biuld' (did you mean 'build'?)\n"), typo.err());
        BuildCommandTest.Run help = BuildCommandTest.run("help", "biuld");
        assertEquals(2, help.exit());
        assertTrue(help.err().contains("unknown subcommand 'biuld' (did you mean 'build'?)"), help.err());
        assertTrue(BuildCommandTest.run("serach", "haven").err().contains("(did you mean 'search'?)"));
        assertTrue(BuildCommandTest.run("--verison").err().contains("unknown option '--verison' (did you mean '--version'?)"));
        // A word like no subcommand gets the list instead of a guess.
        BuildCommandTest.Run far = BuildCommandTest.run("publiceer");
        assertTrue(far.err().contains("unknown subcommand 'publiceer'; the subcommands are build, serve, check, search, bundle and init"), far.err());
        // Asking for help about help is no mistake.
        assertEquals(0, BuildCommandTest.run("help", "help").exit());
        assertEquals(0, BuildCommandTest.run("help", "--help").exit());
    }

    @Test
    void everySubcommandHasHelpListingItsOptions() {
        Map<String, CommandLine> subcommands = Main.commandLine().getSubcommands();
        assertEquals(List.of("build", "serve", "check", "search", "bundle", "init", "help"), List.copyOf(subcommands.keySet()));
        for (CommandLine c : subcommands.values()) {
            BuildCommandTest.Run r = BuildCommandTest.run(c.getCommandName(), "--help");
            assertEquals(0, r.exit());
            String help = r.out();
            assertTrue(help.startsWith("Usage: java -jar target/dossier.jar " + c.getCommandName()), help);
            assertTrue(help.replaceAll("\\s+", " ").contains(c.getCommandSpec().usageMessage().description()[0]), help);
            for (OptionSpec o : c.getCommandSpec().options()) assertTrue(help.contains(o.longestName()), help);
            assertTrue(help.contains("-h, --help"), help);
        }
        String overview = BuildCommandTest.run("--help").out();
        for (String name : subcommands.keySet()) assertTrue(overview.contains("  " + name + " "), overview);
    }
}
