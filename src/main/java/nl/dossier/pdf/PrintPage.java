package nl.dossier.pdf;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Turns the one-page chapter into the PDF's source: the site's chrome goes (navigation, the
 * search box, the offline banner, download links, the site stylesheet), links that leave the page become
 * absolute addresses on the hosted site (a relative link means nothing inside a PDF), and
 * openhtmltopdf's {@code <bookmarks>} get one entry per part with its sections below it.
 */
final class PrintPage {
    private PrintPage() {
    }

    static void prepare(Document doc, String author, String css) {
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
        Element description = doc.selectFirst("meta[name=description]");
        if (description != null) head.appendElement("meta").attr("name", "subject").attr("content", description.attr("content"));

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
}
