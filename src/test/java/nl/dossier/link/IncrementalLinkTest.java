package nl.dossier.link;

import nl.dossier.TestSites;
import nl.dossier.build.BuildCommandTest;
import nl.dossier.load.ContentLoader;
import nl.dossier.load.SourceCache;
import nl.dossier.model.Content;
import nl.dossier.model.ContentException;
import nl.dossier.render.MarkdownProcessor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link SiteLinker#link(SiteGraph)} reuses pages and updates the section-number targets for
 * the pages that changed only. After each of a chain of edits to the real content, its graph
 * must equal a full link of the same files: the same § targets and the same HTML on every page.
 */
class IncrementalLinkTest {
    @TempDir
    Path tmp;

    private final SourceCache cache = new SourceCache();
    private MarkdownProcessor markdown;
    private Path proj;

    @Test
    void everyEditGivesTheGraphOfAFullLink() throws IOException, ContentException {
        proj = tmp.resolve("proj");
        BuildCommandTest.copyProject(TestSites.projectRoot(), proj);
        SiteGraph graph = incremental(null);

        // Text only: nothing moves.
        graph = afterEdit(graph, "bestrijding-drugssmokkel.md", "De aandacht richt zich vooral", "De aandacht richt zich nu vooral");
        // The home page (2.1.7) gains sections 2.1.7.1 and 2.1.7.2, the numbers of the first two
        // pages: those pages come later in reading order, so they keep the numbers.
        graph = afterEdit(graph, "index.md", "De tekst volgt de Nationale Drug Monitor",
                "## Eerste {#eerste}\n\nTekst.\n\n## Tweede {#tweede}\n\nDe tekst volgt de Nationale Drug Monitor");
        assertEquals("strafrechtelijke-en-bestuurlijke-aanpak/", graph.numberTargets().get("2.1.7.1"));
        // A page refers to a section of another page, which then loses its heading.
        graph = afterEdit(graph, "criminaliteit-tijdens-detentie.md", "\n\n## ", "\n\nZie § 2.1.7.3.2.\n\n## ");
        String target = graph.numberTargets().get("2.1.7.3.2");
        assertTrue(target.startsWith("bestrijding-drugssmokkel/#"), target);
        graph = afterEdit(graph, "bestrijding-drugssmokkel.md", "## Internationale samenwerking {#internationale-samenwerking}",
                "Internationale samenwerking.");
        assertNotEquals(target, graph.numberTargets().get("2.1.7.3.2"), "the § reference now leads to the next section");
        // A page changes its number: its sections' numbers go with it.
        graph = afterEdit(graph, "ondersteuning-beleid.md", "number: 2.1.7.4", "number: 2.1.7.9");
        assertTrue(graph.numberTargets().containsKey("2.1.7.9.1"));
        // A page that others link to is deleted: the incremental link finds the same broken links.
        Path deleted = proj.resolve("content/drugsbestellingen-via-internet.md");
        Files.delete(deleted);
        cache.invalidate(deleted);
        SiteGraph last = graph;
        Content content = new ContentLoader(proj).load(cache);
        ContentException partial = assertThrows(ContentException.class, () -> new SiteLinker(content, markdown, proj).link(last));
        ContentException full = assertThrows(ContentException.class, () -> new SiteLinker(content, markdown, proj).link());
        assertEquals(full.problems(), partial.problems());
    }

    private SiteGraph afterEdit(SiteGraph previous, String file, String from, String to) throws IOException, ContentException {
        Path page = proj.resolve("content").resolve(file);
        String text = Files.readString(page);
        assertTrue(text.contains(from), file + " no longer contains: " + from);
        Files.writeString(page, text.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to)));
        cache.invalidate(page);
        return incremental(previous);
    }

    /** Links incrementally (renders the pages linked afresh, as the preview does) and compares with a full link. */
    private SiteGraph incremental(SiteGraph previous) throws ContentException {
        Content content = new ContentLoader(proj).load(cache);
        if (markdown == null) markdown = new MarkdownProcessor(content.glossary(), content.messages());
        SiteGraph graph = new SiteLinker(content, markdown, proj).link(previous);
        graph.pages().stream().filter(p -> !p.isRendered()).forEach(p -> p.setHtml(markdown.render(p.document())));

        SiteGraph full = new SiteLinker(new ContentLoader(proj).load(), markdown, proj).link();
        assertEquals(new TreeMap<>(full.numberTargets()), new TreeMap<>(graph.numberTargets()), "section-number targets");
        assertEquals(html(full), html(graph));
        return graph;
    }

    private Map<String, String> html(SiteGraph graph) {
        Map<String, String> out = new LinkedHashMap<>();
        for (LinkedPage p : graph.pages()) out.put(p.uri(), p.isRendered() ? p.html() : markdown.render(p.document()));
        return out;
    }
}
