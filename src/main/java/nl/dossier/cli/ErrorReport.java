package nl.dossier.cli;

import nl.dossier.build.OutputGuard;
import nl.dossier.model.ContentException;
import nl.dossier.model.Problem;

/**
 * Prints content problems one per line, file:line:col first, and maps outcomes to exit codes: a
 * write Dossier refuses ({@link OutputGuard.Refused}) is a usage error.
 */
final class ErrorReport {
    interface Action {
        void run() throws ContentException;
    }

    private ErrorReport() {
    }

    static int run(boolean verbose, Action action) {
        try {
            action.run();
            return Main.OK;
        } catch (ContentException e) {
            for (Problem p : e.problems()) System.err.println(p);
            System.err.println(e.problems().size() == 1 ? "1 problem; nothing was published."
                    : e.problems().size() + " problems; nothing was published.");
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
