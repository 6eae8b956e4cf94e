package nl.dossier.build;

import nl.dossier.bake.Bakery;
import nl.dossier.bake.Edition;
import nl.dossier.model.ContentException;
import nl.dossier.link.SiteGraph;
import nl.dossier.search.SearchStage;

import java.nio.file.Path;

/**
 * For the search benchmark on very large generated sites: the hosted site and its search index
 * without the offline bundle, whose whole-chapter PDF (one HTML page of every page, laid out in
 * memory by openhtmltopdf) dominates the build of a very large site. No output checks, no swap.
 */
public final class SiteWithoutBundle {
    private SiteWithoutBundle() {
    }

    public static SiteGraph build(Path projectRoot, Path site) throws ContentException {
        SiteGraph graph = PipelineAccess.prepare(projectRoot);
        Path index = Pipeline.indexFolder(site);
        new SearchStage(graph).index(index);
        new Bakery(projectRoot).bake(graph, site, Edition.SITE);
        SearchStage.exportBrowserFiles(index, site);
        return graph;
    }
}
