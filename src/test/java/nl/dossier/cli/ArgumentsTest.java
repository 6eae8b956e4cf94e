package nl.dossier.cli;

import nl.dossier.build.BuildCommandTest;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command-line parser: both spellings of a value, flags, parameters, and every way to get it wrong. */
class ArgumentsTest {
    private static final List<Option> OPTIONS = List.of(
            Option.value("--source", "DIR", "project"), Option.value("--limit", "N", "how many"), Option.flag("--quiet", "hush"));

    private static Arguments parse(String... words) throws UsageException {
        return Arguments.parse(OPTIONS, List.of(words));
    }

    @Test
    void valuesComeWithASpaceOrAnEqualsSign() throws UsageException {
        Arguments a = parse("--source", "a b", "--limit=3", "--quiet");
        assertEquals(Path.of("a b"), a.path("--source", null));
        assertEquals(3, a.number("--limit", 10));
        assertTrue(a.flag("--quiet"));
        assertEquals(List.of(), a.parameters());

        Arguments defaults = parse();
        assertNull(defaults.value("--source"));
        assertEquals(10, defaults.number("--limit", 10));
        assertFalse(defaults.flag("--quiet"));
        // An equals sign inside the value belongs to the value.
        assertEquals("x=y", parse("--source=x=y").value("--source"));
    }

    @Test
    void wordsThatAreNoOptionAreParametersAndDoubleDashEndsTheOptions() throws UsageException {
        Arguments a = parse("haven", "--quiet", "drugs", "--", "--limit", "-");
        assertEquals(List.of("haven", "drugs", "--limit", "-"), a.parameters());
        assertTrue(a.flag("--quiet"));
        assertNull(a.value("--limit"));
    }

    @Test
    void mistakesAreUsageErrorsThatSayWhatIsWrong() {
        assertEquals("unknown option '--output'", assertThrows(UsageException.class, () -> parse("--output", "x")).getMessage());
        assertEquals("option '--source' needs a value: --source=DIR", assertThrows(UsageException.class, () -> parse("--source")).getMessage());
        assertEquals("option '--quiet' takes no value", assertThrows(UsageException.class, () -> parse("--quiet=yes")).getMessage());
        assertEquals("option '--limit' is given more than once",
                assertThrows(UsageException.class, () -> parse("--limit", "1", "--limit=2")).getMessage());
        assertEquals("option '--limit' needs a whole number, not 'veel'",
                assertThrows(UsageException.class, () -> parse("--limit", "veel").number("--limit", 1)).getMessage());
        assertThrows(UsageException.class, () -> parse("--source", "a\0b").path("--source", null));
    }

    @Test
    void aMistypedOptionGetsTheOneMeant() {
        assertEquals("unknown option '--sourc' (did you mean '--source'?)",
                assertThrows(UsageException.class, () -> parse("--sourc", ".")).getMessage());
        assertEquals("unknown option '--qeuit' (did you mean '--quiet'?)",
                assertThrows(UsageException.class, () -> parse("--qeuit")).getMessage());
        assertEquals("unknown option '-source' (did you mean '--source'?)",
                assertThrows(UsageException.class, () -> parse("-source=x")).getMessage());
        assertEquals("unknown option '--hepl' (did you mean '--help'?)",
                assertThrows(UsageException.class, () -> parse("--hepl")).getMessage());
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
        BuildCommandTest.Run option = BuildCommandTest.run("build", "--sourc", ".");
        assertEquals(2, option.exit());
        assertTrue(option.err().startsWith("dossier build: unknown option '--sourc' (did you mean '--source'?)\n"), option.err());
        // A word like no subcommand gets the list instead of a guess.
        BuildCommandTest.Run far = BuildCommandTest.run("publiceer");
        assertTrue(far.err().contains("unknown subcommand 'publiceer'; the subcommands are build, serve, check, search, bundle and init"), far.err());
        // Asking for help about help is no mistake.
        assertEquals(0, BuildCommandTest.run("help", "help").exit());
        assertEquals(0, BuildCommandTest.run("help", "--help").exit());
    }

    @Test
    void everySubcommandHasHelpListingItsOptions() {
        for (Command c : Main.COMMANDS) {
            String help = Help.of(c);
            assertTrue(help.startsWith("Usage: java -jar target/dossier.jar " + c.name()), help);
            assertTrue(help.contains(c.description()), help);
            for (Option o : c.options()) assertTrue(help.contains(o.synopsis() + "   ") || help.contains(o.synopsis() + " "), help);
            assertTrue(help.contains("-h, --help"), help);
        }
        String overview = Help.overview(Main.COMMANDS);
        for (Command c : Main.COMMANDS) assertTrue(overview.contains("  " + c.name() + " "), overview);
    }
}
