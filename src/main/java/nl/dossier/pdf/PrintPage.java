package nl.dossier.pdf;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.util.ArrayList;

/**
 * Turns the one-page chapter into the PDF's source: the site's chrome goes (navigation, the
 * search box, the offline banner, download links, the site stylesheet), links that leave the page become
 * absolute addresses on the hosted site (a relative link means nothing inside a PDF), and
 * openhtmltopdf's {@code <bookmarks>} get one entry per part with its sections below it.
 */
final class PrintPage {
    private PrintPage() {
    }

    static void prepare(Document doc, String author, String subject, String css) {
        // Forms too (the header's search box): in a PDF a form is an interactive field that
        // searches nothing, and openhtmltopdf printed the box's hidden label beside its button.
        doc.select(".skiplink, .hoofdmenu, .kruimelpad, .offline-kopie, .downloads, .voet-links, .vorige-volgende, "
                + "form, script, link, meta[property]").remove();
        for (Element a : doc.select("a[href]")) {
            if (!a.attr("href").startsWith("#")) a.attr("href", a.absUrl("href"));
        }
        Element head = doc.head();
        head.appendElement("style").appendText(css);
        if (!author.isEmpty()) head.appendElement("meta").attr("name", "author").attr("content", author);
        // The page's description says "on one page"; the PDF's subject is what the chapter is about.
        if (!subject.isEmpty()) head.appendElement("meta").attr("name", "subject").attr("content", subject);
        tableOfContents(doc);
        keepOpeningBracketsWithTheirText(doc);

        Element bookmarks = head.appendElement("bookmarks");
        Element toc = doc.selectFirst(".snel-naar h2[id]");
        if (toc != null) bookmarks.appendElement("bookmark").attr("name", toc.text()).attr("href", "#" + toc.id());
        for (Element part : doc.select("section.deel[id]")) {
            Element title = part.selectFirst("h2");
            Element mark = bookmarks.appendElement("bookmark")
                    .attr("name", title == null ? part.id() : title.text()).attr("href", "#" + part.id());
            for (Element h : part.select("h3[id]")) mark.appendElement("bookmark").attr("name", h.text()).attr("href", "#" + h.id());
        }
    }

    /**
     * Each entry of the contents becomes a title and a page number side by side (pdf.css makes
     * them table cells), so that a title which fills its line pushes its dots, never the page
     * number, onto a line of its own.
     */
    private static void tableOfContents(Document doc) {
        for (Element a : doc.select(".snel-naar li > a[href^=#]")) {
            Element title = new Element("span").addClass("titel");
            for (Node child : new ArrayList<>(a.childNodes())) title.appendChild(child);
            a.appendChild(title);
            a.appendElement("span").addClass("pagina").attr("data-href", a.attr("href"));
        }
    }

    /**
     * "(" directly before an element (a glossary term, a link) moves into the element's first
     * text, so that it stays on the line of the word it opens: openhtmltopdf would break between
     * the two, leaving the bracket at a line's end, which a browser never does.
     */
    private static void keepOpeningBracketsWithTheirText(Document doc) {
        for (Element e : doc.body().select("*")) {
            for (TextNode text : e.textNodes()) {
                String s = text.getWholeText();
                if (!s.endsWith("(") || !(text.nextSibling() instanceof Element next)) continue;
                Node first = next;
                while (first instanceof Element el && el.childNodeSize() > 0) first = el.childNode(0);
                if (!(first instanceof TextNode opened) || opened.isBlank()) continue;
                text.text(s.substring(0, s.length() - 1));
                opened.text("(" + opened.getWholeText());
            }
        }
    }
}
