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
    private final boolean offline;
    private final PageModels pageModels;
    private final Documents documents;

    /** The model of one page given its neighbours in reading order; the live preview reuses unchanged ones. */
    interface PageModels {
        Map<String, Object> of(TemplateData data, LinkedPage page, LinkedPage prev, LinkedPage next);

        /** Every page's model made afresh. */
        PageModels NEW = TemplateData::page;
    }

    /** @param data the template data, which holds the edition: the offline copy has no 404 page */
    SiteCrawler(MemoryContentStore store, JBakeConfiguration config, SiteGraph graph, TemplateData data,
                PageModels pageModels, Documents documents) {
        super(store, config);
        this.store = store;
        this.graph = graph;
        this.data = data;
        this.offline = data.offline();
        this.pageModels = pageModels;
        this.documents = documents;
    }

    @Override
    public void crawl() {
        List<LinkedPage> pages = graph.pages();
        for (int i = 0; i < pages.size(); i++) {
            LinkedPage prev = i > 0 ? pages.get(i - 1) : null;
            LinkedPage next = i + 1 < pages.size() ? pages.get(i + 1) : null;
            add(pageModels.of(data, pages.get(i), prev, next));
        }
        add(generated("glossary", "begrippen/index.html", "../"));
        add(generated("bibliography", "bronnen/index.html", "../"));
        add(generated("search", "zoeken/index.html", "../"));
        // The accessibility and privacy statements are template pages, not content pages: they
        // describe the site and how it is built and tested, not the policy chapter, so they have
        // no section number, no place in the reading order (previous/next, overview, § references)
        // and no citations or glossary terms, all of which a content page requires. Their text
        // lives in templates/toegankelijkheid-<language>.ftl and templates/privacy-<language>.ftl.
        add(generated("accessibility", "toegankelijkheid/index.html", "../"));
        add(generated("privacy", "privacy/index.html", "../"));
        if (graph.content().site().onePage()) add(data.complete());
        // A 404 page only works on a server (its links are root-relative); the offline copy has none.
        if (!offline) add(generated("notfound", "404.html", "/"));
        add(data.document("sitemap", "sitemap.xml", "", data.text("sitemap_title"), ""));
        add(data.document("feed", "feed.xml", "", graph.content().site().title(), ""));
    }

    @Override
    public void crawlDataFiles() {
        // Structured data (references, glossary) is validated by the load stage and reaches
        // templates through Dossier's model extractors, not as JBake data documents.
    }

    /** A page the engine adds, titled and described by the messages {@code <type>_title} and {@code <type>_description}. */
    private Map<String, Object> generated(String type, String uri, String root) {
        return data.document(type, uri, root, data.text(type + "_title"), data.text(type + "_description"));
    }

    private void add(Map<String, Object> model) {
        store.addDocument(documents.of(model));
    }

    /** JBake's document for a template model; the live preview reuses the one of an unchanged model. */
    interface Documents {
        DocumentModel of(Map<String, Object> model);

        /** Every document made afresh. */
        Documents NEW = SiteCrawler::document;
    }

    static DocumentModel document(Map<String, Object> model) {
        DocumentModel doc = new DocumentModel();
        doc.putAll(model);
        doc.setType((String) model.get("type"));
        doc.setUri((String) model.get("uri"));
        doc.setStatus("published");
        doc.setRendered(false);
        return doc;
    }
}
