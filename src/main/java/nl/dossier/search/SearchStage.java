package nl.dossier.search;

import nl.dossier.link.LinkedPage;
import nl.dossier.link.SiteGraph;
import nl.dossier.model.ContentException;
import nl.dossier.model.Problem;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Stage "search" of the build: splits every rendered page into sections, writes the Lucene index
 * (beside the site) and exports the browser's search files into the site.
 */
public final class SearchStage {
    private final SiteGraph graph;

    public SearchStage(SiteGraph graph) {
        this.graph = graph;
    }

    public record Stats(int sections, int files) {
    }

    public Stats build(Path siteDir, Path indexDir) throws ContentException {
        List<SectionText> sections = new ArrayList<>();
        List<LinkedPage> pages = graph.pages();
        for (int i = 0; i < pages.size(); i++) sections.addAll(SectionSplitter.split(pages.get(i), i));
        try {
            int n = SearchIndexer.write(sections, graph.content().glossary(), indexDir);
            int files = BrowserExport.export(indexDir, siteDir);
            return new Stats(n, files);
        } catch (IOException e) {
            throw new ContentException(Problem.inFile(indexDir.toString(), "cannot write the search index: " + e.getMessage(), null));
        }
    }
}
