package nl.dossier.link;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import nl.dossier.TestSites;
import nl.dossier.load.ContentLoader;
import nl.dossier.model.Content;
import nl.dossier.model.ContentException;
import nl.dossier.model.PageSource;
import nl.dossier.model.Problem;
import nl.dossier.model.SourceFile;
import nl.dossier.render.MarkdownProcessor;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Fuzzes the Markdown stage with the citation, § reference, link and glossary parsers, against
 * the real references and glossary: any body either links and renders, or is rejected with
 * positioned problems. Seeds are the real pages' bodies.
 */
class MarkdownFuzzTest {
    private static Content real;
    private static MarkdownProcessor markdown;

    private static synchronized void init() throws ContentException {
        if (real == null) {
            real = new ContentLoader(TestSites.projectRoot()).load();
            markdown = new MarkdownProcessor(real.glossary(), real.messages());
        }
    }

    @FuzzTest(maxDuration = "20s")
    void linkAndRender(FuzzedDataProvider data) throws ContentException {
        init();
        String body = data.consumeRemainingAsString().replace("\r\n", "\n").replace('\r', '\n');
        // The fuzzed page plus one real page to link to; fewer pages means more executions per second.
        PageSource target = real.pages().stream().filter(p -> p.slug().equals("strafrechtelijke-en-bestuurlijke-aanpak")).findFirst().orElseThrow();
        List<PageSource> pages = new ArrayList<>();
        pages.add(new PageSource(new SourceFile(Path.of("content/index.md"), "content/index.md", body),
                "index", "Fuzz", "2.1.7", 0, "Fuzz", LocalDate.of(2026, 1, 1), body, 7));
        pages.add(target);
        Content content = new Content(real.site(), pages, real.references(), real.glossary(), real.messages(), real.reservedIds(), real.synonyms());
        try {
            SiteGraph graph = new SiteLinker(content, markdown, TestSites.projectRoot()).link();
            for (LinkedPage p : graph.pages()) assertNotNull(markdown.render(p.document()));
        } catch (ContentException e) {
            assertTrue(!e.problems().isEmpty());
            for (Problem p : e.problems()) {
                assertTrue(p.line() >= 1, "content problems in a page carry a line: " + p);
                assertTrue(p.file().startsWith("content/"), p.toString());
            }
        }
    }
}
