package nl.dossier.build;

import nl.dossier.link.SiteGraph;
import nl.dossier.model.ContentException;

import java.nio.file.Path;

/** Opens the Pipeline's stages to tests in other packages. */
public final class PipelineAccess {
    private PipelineAccess() {
    }

    public static SiteGraph prepare(Path projectRoot) throws ContentException {
        return Pipeline.once(projectRoot).run(null, (name, summary, t) -> { });
    }

    public static void checkOnePageSize(SiteGraph graph) throws ContentException {
        Pipeline.checkOnePageSize(graph);
    }
}
