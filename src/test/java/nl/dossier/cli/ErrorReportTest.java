package nl.dossier.cli;

import nl.dossier.model.ContentException;
import nl.dossier.model.Problem;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Stack traces are for internal errors (bugs) only, and only with --verbose. No content input is
 * known to cause an internal error (each one found is fixed and covered by BrokenInputTest), so
 * the internal error here is thrown by hand.
 */
class ErrorReportTest {

    private static String stderrOf(boolean verbose, ErrorReport.Action action, int expectedCode) {
        PrintStream old = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            System.setErr(e);
            // No site here: the language is unknown, so the messages are Dutch (ProblemCatalog.forLanguage).
            assertEquals(expectedCode, ErrorReport.run(java.nio.file.Path.of("no-such-project"), verbose, action));
        } finally {
            System.setErr(old);
        }
        return err.toString(StandardCharsets.UTF_8);
    }

    private static void bug() {
        throw new IllegalStateException("a bug in Dossier");
    }

    @Test
    void internalErrorWithoutVerboseIsOneLineAndAPointerToVerbose() {
        String err = stderrOf(false, ErrorReportTest::bug, Main.CONTENT_ERROR);
        assertTrue(err.startsWith("internal error: "), err);
        assertTrue(err.contains("a bug in Dossier"), err);
        assertTrue(err.contains("--verbose"), err);
        assertFalse(err.contains("\tat "), err);
    }

    @Test
    void internalErrorWithVerbosePrintsTheStackTrace() {
        String err = stderrOf(true, ErrorReportTest::bug, Main.CONTENT_ERROR);
        assertTrue(err.contains("\tat nl.dossier.cli.ErrorReportTest.bug"), err);
    }

    @Test
    void contentErrorsNeverPrintAStackTraceEvenWithVerbose() {
        ErrorReport.Action fails = () -> {
            throw new ContentException(new Problem("content/x.md", 3, 5, nl.dossier.model.Phrase.of("page.no_text")));
        };
        String err = stderrOf(true, fails, Main.CONTENT_ERROR);
        assertEquals("content/x.md:3:5: de pagina heeft geen tekst onder de gegevens bovenaan (schrijf de tekst van de pagina onder de afsluitende regel '---')"
                + System.lineSeparator() + "1 probleem; er is niets gepubliceerd." + System.lineSeparator(), err);
    }

    @Test
    void successPrintsNothing() {
        assertEquals("", stderrOf(true, () -> { }, Main.OK));
    }
}
