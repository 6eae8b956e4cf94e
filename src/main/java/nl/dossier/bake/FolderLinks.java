package nl.dossier.bake;

import nl.dossier.model.UrlPolicy;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Range;
import org.jsoup.parser.Parser;

import java.util.ArrayList;
import java.util.List;

/**
 * Links to a page's folder ({@code ../begrippen/#term-x}) as the offline copy needs them: a
 * browser opening the copy from disk shows a folder's listing, not its {@code index.html}, so
 * there every relative link or form target whose path ends in '/' gets {@code index.html}
 * ({@code ../begrippen/index.html#term-x}). The HTML is read by jsoup as a browser reads it and
 * only those attribute values are replaced, in place: the rest of the text stays byte for byte.
 */
final class FolderLinks {
    private static final String[][] TARGETS = {{"a", "href"}, {"area", "href"}, {"form", "action"}};

    private FolderLinks() {
    }

    /** The link as the offline copy writes it, or the same string when it is not a relative link to a folder. */
    static String withIndexFile(String url) {
        if (url.startsWith("/") || url.startsWith("\\") || UrlPolicy.scheme(url) != null) return url;
        int end = url.length();
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c == '?' || c == '#') {
                end = i;
                break;
            }
        }
        if (end == 0 || url.charAt(end - 1) != '/') return url;
        return url.substring(0, end) + "index.html" + url.substring(end);
    }

    /** The HTML with {@link #withIndexFile} applied to every link; the same string when none changes. */
    static String withIndexFiles(String html) {
        Parser parser = Parser.htmlParser().setTrackPosition(true);
        Document doc = parser.parseInput(html, "");
        record Change(int start, int end, String value) {
        }
        List<Change> changes = new ArrayList<>();
        for (String[] target : TARGETS) {
            for (Element e : doc.getElementsByTag(target[0])) {
                Attribute a = e.attribute(target[1]);
                if (a == null) continue;
                String url = withIndexFile(a.getValue());
                Range value = a.sourceRange().valueRange();
                if (url.equals(a.getValue()) || !value.isTracked()) continue;
                changes.add(new Change(value.startPos(), value.endPos(), Entities.escape(url)));
            }
        }
        if (changes.isEmpty()) return html;
        changes.sort((x, y) -> Integer.compare(x.start, y.start));
        StringBuilder out = new StringBuilder(html.length() + changes.size() * 10);
        int at = 0;
        for (Change c : changes) {
            out.append(html, at, c.start).append(c.value);
            at = c.end;
        }
        return out.append(html, at, html.length()).toString();
    }
}
