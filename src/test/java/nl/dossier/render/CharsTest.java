package nl.dossier.render;

import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.PrefixedSubSequence;
import nl.dossier.TestSites;
import nl.dossier.load.ContentLoader;
import nl.dossier.model.Content;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The quick copy of a node's characters is the same String flexmark gives, for every node of the real content. */
class CharsTest {

    @Test
    void sameTextAsFlexmarkForEveryNodeOfTheRealContent() throws Exception {
        Content content = new ContentLoader(TestSites.projectRoot()).load();
        MarkdownProcessor markdown = new MarkdownProcessor(content.glossary(), content.messages());
        int nodes = 0;
        int quick = 0;
        for (var page : content.pages()) {
            for (Node node : markdown.parse(page.body()).getDescendants()) {
                BasedSequence chars = node.getChars();
                assertEquals(chars.toString(), Chars.of(chars), page.slug() + " " + node);
                nodes++;
                if (chars instanceof com.vladsch.flexmark.util.sequence.SubSequence) quick++;
            }
        }
        assertTrue(nodes > 500, "nodes compared: " + nodes);
        // The quick way is the usual one; if flexmark stopped using SubSequence this would say so.
        assertTrue(quick > nodes * 9 / 10, quick + " of " + nodes + " nodes took the quick way");
    }

    @Test
    void charactersThatAreNotOneStretchOfTheSourceAreCopiedAsFlexmarkDoes() {
        BasedSequence source = BasedSequence.of("drugs en criminaliteit");
        BasedSequence prefixed = PrefixedSubSequence.prefixOf("> ", source.subSequence(9));
        assertEquals("> criminaliteit", Chars.of(prefixed));
        assertEquals("en", Chars.of(source.subSequence(6, 8)));
    }
}
