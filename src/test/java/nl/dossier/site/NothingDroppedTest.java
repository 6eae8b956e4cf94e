package nl.dossier.site;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.TextBase;
import nl.dossier.TestSites;
import nl.dossier.link.LinkedPage;
import nl.dossier.load.ContentLoader;
import nl.dossier.model.ContentException;
import nl.dossier.model.PageSource;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every paragraph and heading of every Markdown file reaches its page: the source is parsed
 * again with a plain CommonMark parser (none of the project's extensions), its text extracted
 * and looked up in the text of the built page. Catches text lost to a parser quirk or an
 * extension that swallows what it does not understand.
 */
class NothingDroppedTest {

    @Test
    void everyParagraphOfEveryPageIsInTheBuiltPage() throws IOException, ContentException {
        Parser plain = Parser.builder().build();
        List<String> missing = new ArrayList<>();
        int blocks = 0;
        // The built graph has released the Markdown: read it again.
        Map<String, PageSource> sources = new HashMap<>();
        for (PageSource p : new ContentLoader(TestSites.projectRoot()).load().pages()) sources.put(p.slug(), p);
        for (LinkedPage page : TestSites.realSite().graph().pages()) {
            String built = SeedFidelityTest.normalize(Jsoup.parse(
                    TestSites.realSiteDir().resolve(page.uri()).toFile(), "UTF-8").select("main").text());
            for (String block : blocks(plain.parse(sources.get(page.source().slug()).body()))) {
                blocks++;
                if (!built.contains(block)) missing.add(page.source().source().displayPath() + ": " + block);
            }
        }
        assertTrue(blocks > 80, "expected every paragraph, list item and heading; found " + blocks);
        assertEquals(List.of(), missing);
    }

    /** Plain text as a reader sees it: an undefined [n] (a citation to CommonMark) stays literal. */
    private static StringBuilder text(Node node, StringBuilder b) {
        for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
            if (c instanceof LinkRef ref && !ref.isDefined()) b.append(ref.getChars());
            else if (c instanceof SoftLineBreak || c instanceof HardLineBreak) b.append(' ');
            else if (c instanceof Text || c instanceof TextBase) b.append(c.getChars().unescape());
            else text(c, b);
        }
        return b;
    }

    private static List<String> blocks(Node root) {
        List<String> out = new ArrayList<>();
        for (Node n = root.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Paragraph || n instanceof Heading) {
                String text = text(n, new StringBuilder()).toString();
                // A heading's {#anchor} is markup, not text.
                text = text.replaceAll("\\s*\\{#[^}]*}\\s*$", "");
                out.add(SeedFidelityTest.normalize(text));
            } else {
                out.addAll(blocks(n));
            }
        }
        return out;
    }
}
