package nl.dossier.build;

import nl.dossier.link.SiteGraph;
import nl.dossier.model.ContentException;

import java.nio.file.Path;

/** Opens SiteBuilder's stages to tests in other packages. */
public final class SiteBuilderAccess {
    private SiteBuilderAccess() {
    }

    public static SiteGraph prepare(Path projectRoot) throws ContentException {
        return SiteBuilder.prepare(projectRoot, Progress.quiet());
    }

    public static void checkOnePageSize(SiteGraph graph) throws ContentException {
        SiteBuilder.checkOnePageSize(graph);
    }
}
