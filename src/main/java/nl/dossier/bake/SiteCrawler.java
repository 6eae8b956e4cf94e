package nl.dossier.bake;

import nl.dossier.link.LinkedPage;
import nl.dossier.link.SiteGraph;
import org.jbake.app.Crawler;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;

import java.util.List;
import java.util.Map;

/**
 * JBake's crawler, fed from the site graph instead of the file system: the load and link
 * stages have already read, validated and rendered every file once, so crawling is just
 * handing each output document to the store. Previous/next come from the reading order in
 * one pass (stock JBake re-queries and re-sorts all documents per page: O(N²)).
 */
public final class SiteCrawler extends Crawler {
    private final MemoryContentStore store;
    private final SiteGraph graph;
    private final TemplateData data;
    private final PageModels pageModels;

    /** The model of one page given its neighbours in reading order; the live preview reuses unchanged ones. */
    interface PageModels {
        Map<String, Object> of(LinkedPage page, LinkedPage prev, LinkedPage next);
    }

    public SiteCrawler(MemoryContentStore store, JBakeConfiguration config, SiteGraph graph, TemplateData data) {
        this(store, config, graph, data, data::page);
    }

    SiteCrawler(MemoryContentStore store, JBakeConfiguration config, SiteGraph graph, TemplateData data, PageModels pageModels) {
        super(store, config);
        this.store = store;
        this.graph = graph;
        this.data = data;
        this.pageModels = pageModels;
    }

    @Override
    public void crawl() {
        List<LinkedPage> pages = graph.pages();
        for (int i = 0; i < pages.size(); i++) {
            LinkedPage prev = i > 0 ? pages.get(i - 1) : null;
            LinkedPage next = i + 1 < pages.size() ? pages.get(i + 1) : null;
            add(pageModels.of(pages.get(i), prev, next));
        }
        add(data.document("glossary", "begrippen/index.html", "../", "Begrippen en afkortingen",
                "Alle afkortingen in dit hoofdstuk met hun volledige naam en betekenis."));
        add(data.document("bibliography", "bronnen/index.html", "../", "Bronnen",
                "Alle bronnen van dit hoofdstuk, met de plaatsen waar ze worden aangehaald."));
        add(data.document("notfound", "404.html", "/", "Pagina niet gevonden", "Deze pagina bestaat niet (meer)."));
        add(data.document("sitemap", "sitemap.xml", "", "Sitemap", ""));
        add(data.document("feed", "feed.xml", "", graph.content().site().title(), ""));
    }

    @Override
    public void crawlDataFiles() {
        // Structured data (references, glossary) is validated by the load stage and reaches
        // templates through Dossier's model extractors, not as JBake data documents.
    }

    private void add(Map<String, Object> model) {
        DocumentModel doc = new DocumentModel();
        doc.putAll(model);
        doc.setType((String) model.get("type"));
        doc.setUri((String) model.get("uri"));
        doc.setStatus("published");
        doc.setRendered(false);
        store.addDocument(doc);
    }
}
