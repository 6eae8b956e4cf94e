package nl.dossier.build;

import nl.dossier.TestSites;
import nl.dossier.link.LinkedPage;
import nl.dossier.load.ContentLoader;
import nl.dossier.model.ContentException;
import nl.dossier.model.PageSource;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A page's Markdown is held once while it is needed and not after: a large site's build
 * memory depends on it.
 */
class MarkdownReleasedTest {
    @Test
    void aLoadedPageKeepsItsBodyOnceAndOnlyItsFrontMatterAsSourceText() throws ContentException {
        for (PageSource p : new ContentLoader(TestSites.projectRoot()).load().pages()) {
            String head = p.source().text();
            assertTrue(head.startsWith("---\n") && head.strip().endsWith("---"), p.slug() + ": " + head);
            assertTrue(head.contains("number: " + p.number()), p.slug());
            assertFalse(p.body().isBlank(), p.slug());
            assertFalse(head.contains(p.body().strip().lines().findFirst().orElseThrow()), p.slug() + ": the body is in the source text too");
        }
    }

    @Test
    void theBuiltGraphHoldsNoMarkdown() {
        Pipeline.Result built = TestSites.realSite();
        assertTrue(built.graph().content().pages().isEmpty(), "the graph keeps no list of loaded pages");
        for (LinkedPage p : built.graph().pages()) {
            assertNull(p.source().body(), p.uri());
            assertFalse(p.html().isEmpty(), p.uri());
        }
    }
}
