package nl.dossier.link;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import nl.dossier.TestSites;
import nl.dossier.load.ContentLoader;
import nl.dossier.model.Content;
import nl.dossier.model.ContentException;
import nl.dossier.model.PageSource;
import nl.dossier.model.SourceFile;
import nl.dossier.render.MarkdownProcessor;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Differential fuzzing of what the link stage lets through: any Markdown with raw HTML, links
 * and attributes is linked against the real references and glossary; whenever it is accepted,
 * the page as rendered is parsed by jsoup the way a browser parses it, inside markup like the
 * page template's, and must hold nothing outside the allow-lists: no other element, attribute
 * or namespace, no declaration, no event handler, and no address whose scheme, read with
 * whitespace and controls dropped, is other than http, https or mailto. The template's markup
 * after the body must still be markup. Seeds are the bypasses found while building the policy.
 */
class HtmlPolicyFuzzTest {
    private static Content real;
    private static MarkdownProcessor markdown;
    /** Around the page body, as in templates/page.ftl; the end marker must survive as an element. */
    private static final String BEFORE = "<!DOCTYPE html><html lang=\"nl\"><head><title>t</title></head><body>"
            + "<main id=\"inhoud\"><article class=\"artikel\"><div class=\"tekst\">";
    private static final String AFTER = "</div></article></main><footer id=\"einde\"><p>Voet</p></footer></body></html>";
    private static final Map<String, Set<String>> TEMPLATE = Map.of("html", Set.of("lang"), "head", Set.of(), "title", Set.of(),
            "body", Set.of(), "main", Set.of("id"), "article", Set.of("class"), "div", Set.of("class"), "footer", Set.of("id"));
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "xlink:href", "poster", "srcset",
            "data", "codebase", "cite", "background", "ping");

    private static synchronized void init() throws ContentException {
        if (real == null) {
            real = new ContentLoader(TestSites.projectRoot()).load();
            markdown = new MarkdownProcessor(real.glossary(), real.messages());
        }
    }

    @FuzzTest(maxDuration = "15s")
    @DictionaryEntries({"<!--", "-->", "--!>", "<!-->", "<!--->", "<![CDATA[", "]]>", "<?", "<!DOCTYPE", "</script >", "<svg>", "<math>",
            "<script>", "<iframe ", "<form ", "<meta http-equiv=refresh ", "<table>", "<tr><td ", "<span lang=en>", "<abbr title=\"",
            " onclick=", "/onerror=", "\"", "'", "javascript:", "JaVaScRiPt:", "java&#x09;script:", "&#x26;#106;", "vbscript:",
            "data:", "https://example.org/", "mailto:", "{href=", "{#id}", "[a](", "](", "<https://", "![x][r]", "[r]: "})
    void acceptedPagesPublishNoScript(FuzzedDataProvider data) throws ContentException {
        init();
        String body = data.consumeRemainingAsString().replace("\r\n", "\n").replace('\r', '\n');
        PageSource target = real.pages().stream().filter(p -> p.slug().equals("strafrechtelijke-en-bestuurlijke-aanpak")).findFirst().orElseThrow();
        PageSource fuzzed = new PageSource(new SourceFile(Path.of("content/index.md"), "content/index.md", body),
                "index", "Fuzz", "2.1.7", 0, "Fuzz", LocalDate.of(2026, 1, 1), body, 7);
        Content content = new Content(real.site(), List.of(fuzzed, target), real.references(), real.glossary(), real.messages(), real.reservedIds(), real.synonyms());
        SiteGraph graph;
        try {
            graph = new SiteLinker(content, markdown, TestSites.projectRoot()).link();
        } catch (ContentException refused) {
            return; // refused with positioned problems: MarkdownFuzzTest holds them to their shape
        }
        String html = markdown.render(graph.pages().get(0).document());
        // jsoup takes U+FFFF for the end of its input; a browser reads on.
        Document doc = Jsoup.parse(BEFORE + html.replace('\uFFFF', '\uFFFD') + AFTER);
        Map<String, Set<String>> allowed = HtmlPolicy.allowedAnywhere();
        for (Element e : doc.getAllElements()) {
            if (e == doc) continue;
            String tag = e.normalName();
            assertEquals(Parser.NamespaceHtml, e.tag().namespace(), () -> "foreign content <" + tag + "> published from:\n" + body);
            Set<String> attributes = TEMPLATE.containsKey(tag) ? TEMPLATE.get(tag) : allowed.get(tag);
            if (attributes == null) fail("element <" + tag + "> published from:\n" + body + "\n---\n" + html);
            for (Attribute a : e.attributes()) {
                String name = a.getKey().toLowerCase(Locale.ROOT);
                assertTrue(attributes.contains(name) && !name.startsWith("on"),
                        () -> "attribute " + name + " on <" + tag + "> published from:\n" + body + "\n---\n" + html);
                if (URL_ATTRIBUTES.contains(name)) assertSafeAddress(a.getValue(), body, html);
            }
        }
        Element end = doc.getElementById("einde");
        assertTrue(end != null && end.nameIs("footer") && end.attributesSize() == 1 && end.text().equals("Voet"),
                () -> "the template after the body was swallowed, from:\n" + body + "\n---\n" + html);
        for (String tag : TEMPLATE.keySet()) {
            assertEquals(1, doc.getElementsByTag(tag).size(), () -> "a <" + tag + "> like the template's published from:\n" + body);
        }
        for (Element e : doc.getAllElements()) {
            if (e == doc) continue;
            for (Node n : e.childNodes()) {
                assertTrue(n instanceof Element || n instanceof TextNode || n instanceof Comment,
                        () -> n.getClass().getSimpleName() + " published from:\n" + body);
            }
        }
    }

    /**
     * An oracle written apart from UrlPolicy: drop every character up to the space, lower the
     * case, and read a scheme as letters, digits, '+', '-' and '.' before the first ':'.
     */
    private static void assertSafeAddress(String value, String body, String html) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < value.length(); i++) if (value.charAt(i) > ' ') b.append(Character.toLowerCase(value.charAt(i)));
        String v = b.toString();
        int colon = v.indexOf(':');
        if (colon <= 0 || !Character.isLetter(v.charAt(0))) return;
        for (int i = 0; i < colon; i++) {
            char c = v.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '+' || c == '-' || c == '.')) return;
        }
        String scheme = v.substring(0, colon);
        assertTrue(Set.of("http", "https", "mailto").contains(scheme),
                () -> scheme + ": address '" + value + "' published from:\n" + body + "\n---\n" + html);
    }
}
