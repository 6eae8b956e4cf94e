package nl.dossier.cli;

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
