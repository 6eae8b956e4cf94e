package nl.dossier.search;

import nl.dossier.link.LinkedPage;
import nl.dossier.link.SiteGraph;
import nl.dossier.model.ContentException;
import nl.dossier.model.Parallel;
import nl.dossier.model.Problem;
import nl.dossier.model.Phrase;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Stage "search" of the build: splits every rendered page into sections and writes the Lucene
 * index (beside the site); the browser's search files are exported from that index into the site
 * and into the offline copy.
 */
public final class SearchStage {
    private final SiteGraph graph;

    public SearchStage(SiteGraph graph) {
        this.graph = graph;
    }

    /** Writes the Lucene index of every section into {@code indexDir}; returns the number of sections. */
    public int index(Path indexDir) throws ContentException {
        List<LinkedPage> pages = graph.pages();
        // Each page is parsed on its own: on both cores, the sections still in reading order.
        List<List<SectionText>> perPage = new ArrayList<>(Collections.nCopies(pages.size(), null));
        Parallel.forEachIndex(pages.size(), i -> perPage.set(i, SectionSplitter.split(pages.get(i), i)));
        List<SectionText> sections = perPage.stream().flatMap(List::stream).toList();
        List<Problem> problems = new ArrayList<>();
        int count;
        try {
            count = SearchIndexer.write(sections, graph.content().glossary(), graph.content().synonyms(), graph.content().messages(), indexDir, problems::addAll);
        } catch (IOException e) {
            throw new ContentException(Problem.inFile(indexDir.toString(), Phrase.of("output.cannot_write_index", "detail", e.getMessage())));
        }
        if (!problems.isEmpty()) throw new ContentException(problems);
        return count;
    }

    /**
     * Exports the browser's search files from an index into a site folder (the hosted site and
     * the offline copy get the same files); returns the number of files written.
     */
    public static int exportBrowserFiles(Path indexDir, Path siteDir) throws ContentException {
        try {
            return BrowserExport.export(indexDir, siteDir);
        } catch (IOException e) {
            throw new ContentException(Problem.inFile(siteDir.toString(), Phrase.of("output.cannot_write_search_files", "detail", e.getMessage())));
        }
    }
}
