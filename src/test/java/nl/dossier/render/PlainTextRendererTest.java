package nl.dossier.render;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import nl.dossier.TestSites;
import nl.dossier.load.ContentLoader;
import nl.dossier.model.Content;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The text renderer writes exactly what flexmark's core renderer writes, on the real content and on every character it treats specially. */
class PlainTextRendererTest {
    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer CORE = HtmlRenderer.builder().build();
    private static final HtmlRenderer OURS = HtmlRenderer.builder().nodeRendererFactory(options -> new PlainTextRenderer(false)).build();

    @Test
    void writesWhatFlexmarkWritesForTheRealContentAndEdgeCases() throws Exception {
        Content content = new ContentLoader(TestSites.projectRoot()).load();
        List<String> texts = new ArrayList<>();
        content.pages().forEach(p -> texts.add(p.body()));
        texts.add("a \\* b \\\\ c &amp; d &#233; e &copy; f & g < h > i \" j ' k");
        texts.add("regel een\r\nregel twee\rregel drie\n\nalinea \\\r\nna een harde regelbreuk");
        texts.add("**vet & <schuin>** `code & <b>` [link \"x\"](https://example.org/?a=1&b=2 \"titel & meer\")");
        texts.add("€ 1.000 — ‘citaat’ „Nederlands” ½ 𝒜 é\u00a0nbsp");
        texts.add("");
        int checked = 0;
        for (String text : texts) {
            Document doc = PARSER.parse(text);
            assertEquals(CORE.render(doc), OURS.render(doc), text.length() > 80 ? text.substring(0, 80) : text);
            checked++;
        }
        assertTrue(checked > 8, "the real pages were compared: " + checked);
    }

    @Test
    void onlyTextWithNothingToChangeTakesTheShortWay() {
        assertTrue(PlainTextRenderer.nothingToChange("Drugscriminaliteit in Nederland, 2024: € 1.000 — ‘ja’ 𝒜"));
        for (String special : List.of("\\", "&", "\r", "<", ">", "\"")) {
            assertFalse(PlainTextRenderer.nothingToChange("tekst " + special + " tekst"), special);
        }
    }
}
