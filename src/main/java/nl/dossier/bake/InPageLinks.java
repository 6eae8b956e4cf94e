package nl.dossier.bake;

import nl.dossier.model.UrlPolicy;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.net.URI;
import java.util.Map;

/**
 * Moves one page's HTML onto the one-page chapter ({@code volledig/index.html}). Every page uses
 * the same ids ({@code bron-16}, {@code aanvullende-informatie}), so each page's ids get its own
 * prefix ({@code breed-offensief-botoc--bron-16}); links into any page that is on the chapter
 * page become in-page links, other relative links are rebased onto {@code volledig/}, and
 * headings move one level down because each page is a section under the chapter's h1.
 * Slugs and ids never contain "--", so prefixed ids cannot collide.
 */
final class InPageLinks {
    static final String SEPARATOR = "--";

    /** Output path of each page that is on the chapter page → its prefix. */
    private final Map<String, String> prefixByUri;
    private final String ownUri;

    InPageLinks(Map<String, String> prefixByUri, String ownUri) {
        this.prefixByUri = prefixByUri;
        this.ownUri = ownUri;
    }

    static String id(String prefix, String id) {
        return prefix + SEPARATOR + id;
    }

    /** @param fromUri the page the HTML was written for, e.g. {@code breed-offensief-botoc/index.html} */
    String move(String html, String fromUri) {
        String prefix = prefixByUri.get(fromUri);
        Document doc = Jsoup.parseBodyFragment(html);
        doc.outputSettings().prettyPrint(false);
        Element body = doc.body();
        for (Element e : body.select("[id]")) e.id(id(prefix, e.id()));
        for (String attr : new String[] {"aria-labelledby", "aria-describedby", "for"}) {
            for (Element e : body.select("[" + attr + "]")) e.attr(attr, id(prefix, e.attr(attr)));
        }
        for (Element h : body.select("h2, h3, h4, h5")) h.tagName("h" + (h.tagName().charAt(1) - '0' + 1));
        for (Element a : body.select("a[href]")) a.attr("href", target(a.attr("href"), fromUri));
        for (Element img : body.select("img[src]")) img.attr("src", target(img.attr("src"), fromUri));
        return body.html();
    }

    /** Where a link written for {@code fromUri} points from the chapter page. */
    String target(String href, String fromUri) {
        // An address elsewhere stays as it is; asked as a browser reads it, since java.net.URI
        // refuses addresses browsers take ({braces}, %zz), which the link stage accepts.
        if (UrlPolicy.scheme(href) != null) return href;
        URI uri = URI.create(href);
        String fragment = uri.getRawFragment();
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? fromUri
                : URI.create(fromUri).resolve(uri.getRawPath()).normalize().toString();
        // A page is linked by its folder ("../begrippen/"), the chapter's pages listed by their file.
        String file = path.isEmpty() || path.endsWith("/") ? path + "index.html" : path;
        String prefix = prefixByUri.get(file);
        if (prefix != null) return "#" + (fragment == null ? prefix : id(prefix, fragment));
        String relative = "../".repeat((int) ownUri.chars().filter(c -> c == '/').count()) + path;
        return fragment == null ? relative : relative + "#" + fragment;
    }
}
