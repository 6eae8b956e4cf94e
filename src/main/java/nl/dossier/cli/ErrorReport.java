package nl.dossier.cli;

import nl.dossier.build.OutputGuard;
import nl.dossier.load.SiteLanguage;
import nl.dossier.model.ContentException;
import nl.dossier.model.Phrase;
import nl.dossier.model.Problem;
import nl.dossier.model.ProblemCatalog;

import java.nio.file.Path;

/**
 * Prints content problems one per line, file:line:col first, in the site's language
 * ({@link SiteLanguage}), and maps outcomes to exit codes: a write Dossier refuses
 * ({@link OutputGuard.Refused}) is a usage error.
 */
final class ErrorReport {
    interface Action {
        void run() throws ContentException;
    }

    private ErrorReport() {
    }

    /** @param root the project, whose site.yaml names the language of the messages */
    static int run(Path root, boolean verbose, Action action) {
        try {
            action.run();
            return Main.OK;
        } catch (ContentException e) {
            ProblemCatalog words = SiteLanguage.catalog(root);
            for (Problem p : e.problems()) System.err.println(words.line(p));
            System.err.println(words.text(e.problems().size() == 1 ? Phrase.of("cli.build_failed_one")
                    : Phrase.of("cli.build_failed", "count", e.problems().size())));
            return Main.CONTENT_ERROR;

        } catch (OutputGuard.Refused e) {
            System.err.println(refused(e));
            return Main.USAGE_ERROR;
        } catch (RuntimeException | Error e) {
            System.err.println("internal error: " + e);
            if (verbose) e.printStackTrace();
            else System.err.println("(run again with --verbose for details; the previous site is unchanged)");
            return Main.CONTENT_ERROR;
        }
    }

    static String refused(OutputGuard.Refused e) {
        return e.getMessage() + "\nNothing was written, replaced or deleted.";
    }
}
