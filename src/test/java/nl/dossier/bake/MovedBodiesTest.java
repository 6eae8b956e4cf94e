package nl.dossier.bake;

import nl.dossier.TestSites;
import nl.dossier.link.LinkedPage;
import nl.dossier.link.SiteGraph;
import nl.dossier.link.SiteLinker;
import nl.dossier.load.ContentLoader;
import nl.dossier.model.Content;
import nl.dossier.render.MarkdownProcessor;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bodies moved onto the one-page chapter are moved again exactly when their page's HTML changed. */
class MovedBodiesTest {

    @Test
    void aBodyIsMovedAgainOnlyWhenItsPageChanged() throws Exception {
        Path root = TestSites.projectRoot();
        Content content = new ContentLoader(root).load();
        MarkdownProcessor markdown = new MarkdownProcessor(content.glossary(), content.messages());
        // A graph of its own: the test changes a page's HTML.
        SiteGraph graph = new SiteLinker(content, markdown, root).link();
        for (LinkedPage p : graph.pages()) p.setHtml(markdown.render(p.document()));
        Map<String, String> prefixes = new LinkedHashMap<>();
        for (LinkedPage p : graph.pages()) prefixes.put(p.uri(), p.source().isHome() ? "inleiding" : p.source().slug());
        InPageLinks links = new InPageLinks(prefixes, "volledig/index.html");
        MovedBodies kept = new MovedBodies();
        kept.anchors(prefixes);

        LinkedPage page = graph.pages().get(1);
        String first = kept.body(links, page);
        assertEquals(links.move(page.html(), page.uri()), first);
        assertSame(first, kept.body(links, page), "unchanged HTML: the kept body, not a new move");

        // The same HTML set again (a rebuild that changed nothing on this page) is still unchanged.
        page.setHtml(page.html());
        assertSame(first, kept.body(links, page));

        page.setHtml(page.html().replaceFirst("</p>", " Toegevoegd in de preview.</p>"));
        String changed = kept.body(links, page);
        assertNotSame(first, changed);
        assertTrue(changed.contains("Toegevoegd in de preview."), changed);
        assertEquals(links.move(page.html(), page.uri()), changed);
    }
}
