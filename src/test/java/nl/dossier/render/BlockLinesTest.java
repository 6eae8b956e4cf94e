package nl.dossier.render;

import nl.dossier.TestSites;
import nl.dossier.build.PipelineAccess;
import nl.dossier.link.LinkedPage;
import nl.dossier.link.SiteGraph;
import nl.dossier.model.BodyLines;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every block of every real page maps back to the Markdown line it was written on: each heading
 * to its '##' line, each list item to its '- ' line, each paragraph and table row to a line of its
 * own text. That is what the output check's messages point the writer to.
 */
class BlockLinesTest {
    @Test
    void everyBlockOfTheRealPagesMapsToItsMarkdownLine() throws Exception {
        SiteGraph graph = PipelineAccess.prepare(TestSites.projectRoot());
        int checked = 0;
        for (LinkedPage page : graph.pages()) {
            List<String> source = Files.readAllLines(page.source().source().path());
            BodyLines lines = page.lines();
            String[] html = page.html().split("\n", -1);
            for (int i = 0; i < html.length; i++) {
                String h = html[i];
                String kind = h.startsWith("<h2") ? "## " : h.startsWith("<h3") ? "### " : h.startsWith("<li>") ? "- "
                        : h.startsWith("<p>") ? "" : h.startsWith("<tr>") ? "|" : null;
                if (kind == null) continue;
                int md = lines.markdownLine(i);
                assertTrue(md >= 0, page.uri() + ": HTML line " + (i + 1) + " maps to no Markdown line: " + h);
                String written = source.get(page.source().bodyLine() + md - 1).strip();
                String where = page.source().source().displayPath() + ":" + (page.source().bodyLine() + md) + " for '" + h + "'";
                if (kind.isEmpty()) {
                    String firstWord = h.substring(3).replaceAll("<[^>]*>", "").split("[ \\[,.]", 2)[0];
                    assertTrue(!written.isEmpty() && written.contains(firstWord), where + " reads '" + written + "'");
                } else {
                    assertTrue(written.startsWith(kind), where + " reads '" + written + "'");
                }
                checked++;
            }
        }
        assertTrue(checked > 80, "checked " + checked + " blocks");
    }

    @Test
    void aParagraphsLinesAreItsHtmlLinesAndNothingBeforeTheFirstBlock() {
        BodyLines lines = BodyLines.of(new int[] {2, 0, 0, 3, 2, 4, 7, 6, 6});
        assertEquals(-1, lines.markdownLine(1));
        assertEquals(0, lines.markdownLine(2));
        assertEquals(2, lines.markdownLine(3));
        assertEquals(4, lines.markdownLine(5));
        assertEquals(4, lines.markdownLine(6), "not past the block's last line");
        assertEquals(6, lines.markdownLine(9));
    }
}
