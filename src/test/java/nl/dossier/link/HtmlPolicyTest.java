package nl.dossier.link;

import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import nl.dossier.TestSites;
import nl.dossier.load.ContentLoader;
import nl.dossier.model.ContentException;
import nl.dossier.model.Find;
import nl.dossier.render.MarkdownProcessor;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The raw-HTML policy on Markdown as flexmark parses and renders it: every way a browser and
 * flexmark disagree about where HTML ends (comment forms, comments and tags left open across
 * Markdown, CDATA, foreign content) is found, at the line and column of the Markdown, and what
 * the allow-list permits passes.
 */
class HtmlPolicyTest {
    private static final MarkdownProcessor MARKDOWN = markdown();

    /** Without glossary terms, so that the Markdown renders as written; with the real messages. */
    private static MarkdownProcessor markdown() {
        try {
            return new MarkdownProcessor(List.of(), new ContentLoader(TestSites.projectRoot()).load().messages());
        } catch (ContentException e) {
            throw new AssertionError("the real content loads", e);
        }
    }

    /** "line:column message" for each finding, as the writer would see it. */
    private static List<String> findings(String markdown) {
        Document doc = MARKDOWN.parse(markdown);
        List<Node> raw = new ArrayList<>();
        for (Node n : doc.getDescendants()) if (HtmlPolicy.isRaw(n)) raw.add(n);
        if (raw.isEmpty()) return List.of();
        return HtmlPolicy.check(raw, MARKDOWN.render(doc)).stream().map(f -> place(markdown, f.offset()) + " " + f.message()).toList();
    }

    private static String place(String text, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return line + ":" + (offset - lineStart + 1);
    }

    /** The expected finding at the first {@code marker} in {@code markdown}. */
    private static String at(String markdown, String marker, String message) {
        int i = markdown.indexOf(marker);
        if (i < 0) throw new AssertionError(marker + " not in " + markdown);
        return place(markdown, i) + " " + message;
    }

    private static final String NOT_ALLOWED = "the HTML element <%s> is not allowed";

    @Test
    void theAllowListPasses() {
        assertEquals(List.of(), findings("<abbr title=\"Openbaar Ministerie\" lang=\"nl\">OM</abbr>, <sup>1</sup>, <sub>2</sub>, <br>, <br/>,"
                + " <em>a</em>, <strong>b</strong>, <span lang=en>c</span>, <ABBR TITLE='x'>d</ABBR> <!-- notitie -->"));
        assertEquals(List.of(), findings("<table>\n<caption>T</caption>\n<thead><tr><th scope=\"col\" colspan=\"2\">a</th></tr></thead>\n"
                + "<tbody><tr><td rowspan=\"1\">\n\n*Markdown in een cel*\n\n</td></tr></tbody>\n</table>\n"));
        assertEquals(List.of(), findings("> <span lang=\"en\">\n> <abbr title=\"x\">AB</abbr></span>\n"));
        assertEquals(List.of(), findings("<!--\nweggelaten\n\nook weggelaten\n-->\n\nTekst <!-- a -- b --> verder.\n"));
        assertEquals(List.of(), findings("![<b>beschrijving</b>](../assets/img/kaart.svg)\n"), "HTML in an image description is escaped alt text");
        assertEquals(List.of(), findings("Tekst <span lang=\"en\">a</span>. {#eigen-anker}\n\n- punt {#punt}\n"), "{#anker} gives any element an id");
    }

    @Test
    void commentFormsThatEndEarlierInABrowserHideNothing() {
        String dash = "<!---> <script src=\"https://example.org/x.js\"></script> -->\n";
        assertEquals(List.of(at(dash, "<script", NOT_ALLOWED.formatted("script"))), findings(dash));
        String abrupt = "<!--> <form action=\"https://example.org/\"><input name=\"w\"></form> -->\n";
        assertEquals(List.of(at(abrupt, "<form", NOT_ALLOWED.formatted("form")), at(abrupt, "<input", NOT_ALLOWED.formatted("input"))),
                findings(abrupt));
        String bang = "<!-- x --!> <iframe src=\"https://example.org/\"></iframe> -->\n";
        assertEquals(List.of(at(bang, "<iframe", NOT_ALLOWED.formatted("iframe"))), findings(bang));
        String refresh = "<!-- --!><meta http-equiv=\"refresh\" content=\"0;url=https://example.org/\"> -->\n";
        assertEquals(List.of(at(refresh, "<meta", NOT_ALLOWED.formatted("meta"))), findings(refresh));
        String inBlock = "<table><!--> <tr><td><iframe src=\"https://example.org/\"></iframe></td></tr> --></table>\n";
        assertEquals(List.of(at(inBlock, "<iframe", NOT_ALLOWED.formatted("iframe"))), findings(inBlock));
        String split = "<!--->\n<script src=\"x.js\"></script>\n-->\n";
        assertEquals(List.of(at(split, "<script", NOT_ALLOWED.formatted("script"))), findings(split));
    }

    @Test
    void aCommentOrTagLeftOpenCannotSwallowTheMarkdownAfterIt() {
        String comment = "Tekst <span lang=\"en\">a</span>\n\n<table><!--\n\nTekst <b>\n\n-->\n";
        assertEquals(List.of(at(comment, "<!--", "the HTML comment does not end with '-->' before the Markdown that follows, so it would hide it")),
                findings(comment));
        String unterminated = "Tekst\n\n<!-- nog uitwerken\n";
        assertEquals(List.of(at(unterminated, "<!--", "the HTML comment does not end with '-->' before the Markdown that follows, so it would hide it")),
                findings(unterminated));
        // The title's quote is closed by the quote of the link flexmark writes; its address then reads as attributes.
        String tag = "<table><tr><td title=\"\n\nZie [de site](https://example.org/x/onmouseover=alert(1)//).\n";
        assertEquals(List.of(at(tag, "<td", "the HTML tag <td …> does not end with '>' before the Markdown that follows")), findings(tag));
    }

    @Test
    void foreignContentCdataAndDeclarationsAreRefused() {
        String svg = "<svg><![CDATA[ ]]><script>alert(1)</script></svg>\n";
        assertEquals(List.of(at(svg, "<svg", NOT_ALLOWED.formatted("svg")), at(svg, "<script", NOT_ALLOWED.formatted("script"))), findings(svg));
        String math = "<math><mi><style><img src=x onerror=y></style>\n";
        assertEquals(List.of(at(math, "<math", NOT_ALLOWED.formatted("math")), at(math, "<mi>", NOT_ALLOWED.formatted("mi")),
                at(math, "<style", NOT_ALLOWED.formatted("style"))), findings(math));
        String cdata = "Tekst <![CDATA[ <script>x</script> ]]> verder\n";
        assertEquals(List.of(at(cdata, "<![CDATA[", "HTML declarations and processing instructions are not allowed")), findings(cdata));
        String pi = "<?php echo 1; ?> en <!DOCTYPE html>\n";
        assertEquals(List.of(at(pi, "<?php", "HTML declarations and processing instructions are not allowed")), findings(pi));
        String noscript = "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">\n";
        assertEquals(List.of(at(noscript, "<noscript", NOT_ALLOWED.formatted("noscript")), at(noscript, "<p", NOT_ALLOWED.formatted("p"))),
                findings(noscript));
    }

    @Test
    void attributesAreCheckedWhereverTheTagIsSplitOrSqueezed() {
        String squeezed = "<table><tr><td colspan=\"2\"onclick=\"alert(1)\">a</td></tr></table>\n";
        assertEquals(List.of(at(squeezed, "onclick", "the attribute 'onclick' on <td> is not allowed")), findings(squeezed));
        String slash = "<table><tr><td/onclick=alert(1)>a</td></tr></table>\n";
        assertEquals(List.of(at(slash, "onclick", "the attribute 'onclick' on <td> is not allowed")), findings(slash));
        String lines = "x <span\nonclick=a>y</span>\n";
        assertEquals(List.of(at(lines, "onclick", "the attribute 'onclick' on <span> is not allowed")), findings(lines));
        String inList = "- <abbr title=\"a\"\n  onclick=\"x\">AB</abbr>\n";
        assertEquals(List.of(at(inList, "onclick", "the attribute 'onclick' on <abbr> is not allowed")), findings(inList));
        String body = "<body onload=\"alert(1)\">\n";
        assertEquals(List.of(at(body, "onload", "the attribute 'onload' on <body> is not allowed")), findings(body));
        String style = "Tekst <span style=\"color:red\">rood</span>\n";
        assertEquals(List.of(at(style, "style", "the attribute 'style' on <span> is not allowed")), findings(style));
    }

    @Test
    void nothingHidesBehindACharacterJsoupTakesForTheEnd() {
        String ffff = "Tekst <span lang=\"en\">a</span>\uFFFF<script>alert(1)</script>\n";
        assertEquals(List.of(at(ffff, "<script", NOT_ALLOWED.formatted("script"))), findings(ffff));
    }

    @Test
    void linksAndImagesAreMarkdownOnly() {
        String a = "<a href=\"javascript:alert(1)\">x</a>\n";
        assertEquals(List.of(at(a, "<a", NOT_ALLOWED.formatted("a"))), findings(a));
        String img = "<img src=x onerror=alert(1)>\n";
        assertEquals(List.of(at(img, "<img", NOT_ALLOWED.formatted("img"))), findings(img));
        String inLink = "[a <svg onload=alert(1)>](https://example.org/)\n";
        assertEquals(List.of(at(inLink, "<svg", NOT_ALLOWED.formatted("svg"))), findings(inLink));
    }

    @Test
    void rawHtmlIsFoundInThePageInLinearTime() {
        // A page whose HTML repeats most of a long HTML block before it: String.indexOf would
        // compare the block again at every place, 10^11 steps here.
        String text = "<p>x</p>".repeat(200_000);
        String block = "<p>x</p>".repeat(20_000) + "<p>y</p>";
        long start = System.nanoTime();
        assertEquals(-1, Find.in(text, block, 0));
        assertEquals(text.length(), Find.in(text + block, block, 0));
        assertTrue(System.nanoTime() - start < 2_000_000_000L, "found in well under two seconds");
        assertEquals(7, Find.in("abababcabababcx", "abababcx", 0));
        assertEquals(4, Find.in("abcdabcd", "abc", 1));
    }

    @Test
    void atMostAHundredProblemsAPage() {
        List<String> found = findings("<b>x</b> ".repeat(500) + "\n");
        assertEquals(HtmlPolicy.MAX_FINDINGS, found.size());
        assertEquals("1:1 " + NOT_ALLOWED.formatted("b"), found.get(0));
    }

    @Test
    void htmlABrowserOnlyRepairsIsLeftToTheOutputCheck() {
        assertEquals(List.of(), findings("Tekst <em>nadruk\n"));
        assertEquals(List.of(), findings("Los <td>cel</td> in de tekst.\n"));
        assertEquals(List.of(), findings("<span lang=\"nl\"onclick=\"alert(1)\">x</span>\n"), "flexmark writes the start tag as text");
    }
}
