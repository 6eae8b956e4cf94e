package nl.dossier.bake;

import nl.dossier.TestSites;
import nl.dossier.build.PipelineAccess;
import nl.dossier.link.SiteGraph;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

/**
 * A page's template model holds the page's HTML as {@code body} and is equal to another exactly
 * when the HTML is: the live preview re-renders a document only when its model is no longer equal.
 */
class PageModelBodyTest {
    @Test
    void equalAcrossTwoBuildsOfTheSameContentAndHoldsThePage() throws Exception {
        SiteGraph first = PipelineAccess.prepare(TestSites.projectRoot());
        SiteGraph again = PipelineAccess.prepare(TestSites.projectRoot());
        List<Map<String, Object>> a = bodies(first);
        List<Map<String, Object>> b = bodies(again);
        for (int i = 0; i < a.size(); i++) {
            String uri = first.pages().get(i).uri();
            assertEquals(first.pages().get(i).html(), a.get(i).get("body"), uri);
            assertEquals(a.get(i), b.get(i), uri);
            if (i > 0) assertNotEquals(a.get(i).get("body"), a.get(i - 1).get("body"), uri);
        }
    }

    /**
     * The offline copy's models hold the page's own String too, not a rewritten copy of every
     * page for as long as the copy is made; its folder links are rewritten only for the render.
     */
    @Test
    void offlineCopyHoldsNoSecondCopyOfThePages() throws Exception {
        SiteGraph graph = PipelineAccess.prepare(TestSites.projectRoot());
        TemplateData offline = new TemplateData(graph, Edition.offline(null), Map.of(), new MovedBodies());
        List<Map<String, Object>> models = bodies(graph, offline);
        boolean rewritten = false;
        for (int i = 0; i < models.size(); i++) {
            var page = graph.pages().get(i);
            assertSame(page.html(), models.get(i).get("body"), page.uri());
            org.jbake.model.DocumentModel doc = SiteCrawler.document(models.get(i));
            org.jbake.model.DocumentModel printed = SiteRender.printed(doc, offline::body);
            assertEquals(FolderLinks.withIndexFiles(page.html()), printed.get("body"), page.uri());
            if (printed != doc) {
                rewritten = true;
                assertNotSame(page.html(), printed.get("body"), page.uri());
                assertSame(page.html(), doc.get("body"), page.uri());
            }
        }
        // The real pages link to each other's folders, so the copy's render rewrites some.
        org.junit.jupiter.api.Assertions.assertTrue(rewritten);
    }

    private static List<Map<String, Object>> bodies(SiteGraph graph) {
        return bodies(graph, new TemplateData(graph, Edition.SITE, Map.of(), new MovedBodies()));
    }

    private static List<Map<String, Object>> bodies(SiteGraph graph, TemplateData data) {
        var pages = graph.pages();
        return java.util.stream.IntStream.range(0, pages.size())
                .mapToObj(i -> data.page(pages.get(i), i > 0 ? pages.get(i - 1) : null, i + 1 < pages.size() ? pages.get(i + 1) : null))
                .toList();
    }
}
