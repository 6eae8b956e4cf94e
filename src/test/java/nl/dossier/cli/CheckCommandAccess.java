package nl.dossier.cli;

import nl.dossier.model.Problem;

/** Opens CheckCommand's formatting to tests in other packages. */
public final class CheckCommandAccess {
    private CheckCommandAccess() {
    }

    public static String github(Problem p) {
        return CheckCommand.github(p, nl.dossier.model.ProblemCatalog.DUTCH);
    }
}
