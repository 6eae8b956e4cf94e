package nl.dossier.bake;

import nl.dossier.TestSites;
import nl.dossier.build.PipelineAccess;
import nl.dossier.link.SiteGraph;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

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

    private static List<Map<String, Object>> bodies(SiteGraph graph) {
        TemplateData data = new TemplateData(graph, Edition.SITE, Map.of(), new MovedBodies());
        var pages = graph.pages();
        return java.util.stream.IntStream.range(0, pages.size())
                .mapToObj(i -> data.page(pages.get(i), i > 0 ? pages.get(i - 1) : null, i + 1 < pages.size() ? pages.get(i + 1) : null))
                .toList();
    }
}
