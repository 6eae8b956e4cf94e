package nl.dossier.bake;

import nl.dossier.TestSites;
import nl.dossier.build.SiteBuilderAccess;
import nl.dossier.link.LinkedPage;
import nl.dossier.link.SiteGraph;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * The page HTML in a template model prints the page's HTML and is equal to another exactly when
 * the HTML is: the live preview re-renders a document only when its model is no longer equal.
 */
class PageBodyTest {
    @Test
    void equalAcrossTwoBuildsOfTheSameContentAndPrintsThePage() throws Exception {
        List<LinkedPage> first = SiteBuilderAccess.prepare(TestSites.projectRoot()).pages();
        SiteGraph again = SiteBuilderAccess.prepare(TestSites.projectRoot());
        for (int i = 0; i < first.size(); i++) {
            PageBody a = new PageBody(first.get(i));
            PageBody b = new PageBody(again.pages().get(i));
            assertEquals(first.get(i).html(), a.getAsString());
            assertEquals(a, b, first.get(i).uri());
            assertEquals(a.hashCode(), b.hashCode());
            if (i > 0) assertNotEquals(a, new PageBody(first.get(i - 1)), first.get(i).uri());
        }
    }
}
