package nl.dossier.link;

import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import nl.dossier.model.Find;
import nl.dossier.model.Phrase;
import nl.dossier.model.UrlPolicy;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The raw HTML a writer may use inside Markdown (docs/security.md), checked the way a browser
 * reads it. Everything else is a content error, never silently stripped: script, frames,
 * objects, forms, styles, event handlers and script addresses cannot reach a reader's browser.
 *
 * <p>Markdown and HTML disagree about where raw HTML ends: flexmark cuts it into separate nodes
 * (a comment opened in one paragraph and closed in the next, a tag left open at a blank line),
 * and comment forms such as {@code <!-->} or {@code --!>} end earlier in a browser than in
 * flexmark. So the pieces are not checked one by one: the page as rendered is parsed with jsoup's
 * HTML5 tree builder (the algorithm browsers use) inside a page-like shell, and every element,
 * attribute, comment and address in it is held against the allow-lists. Each raw piece is found
 * in the rendered page, in order, to tell the writer's HTML from what flexmark wrote and to map
 * a finding back to the line and column of the Markdown. HTML a browser merely repairs (an
 * element left open, a cell outside a table) is no risk: the output check reports it, at the
 * Markdown line it came from.
 */
final class HtmlPolicy {
    /** What a writer may write as HTML, element → attributes (docs/security.md, "Raw HTML allow-list"). */
    static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("abbr", Set.of("title", "lang")),
            Map.entry("sup", Set.of()),
            Map.entry("sub", Set.of()),
            Map.entry("br", Set.of()),
            Map.entry("em", Set.of()),
            Map.entry("strong", Set.of()),
            Map.entry("span", Set.of("lang")),
            Map.entry("table", Set.of()),
            Map.entry("caption", Set.of()),
            Map.entry("thead", Set.of()),
            Map.entry("tbody", Set.of()),
            Map.entry("tr", Set.of()),
            Map.entry("th", Set.of("scope", "colspan", "rowspan")),
            Map.entry("td", Set.of("colspan", "rowspan")));

    /**
     * What flexmark and the project's own node renderers write from Markdown: these elements
     * may come from the Markdown, with these attributes, and with addresses under {@link UrlPolicy}.
     * Any of them may have an id: {#anker} gives one to the element it follows.
     */
    static final Map<String, Set<String>> GENERATED = Map.ofEntries(
            Map.entry("p", Set.of("id")),
            Map.entry("h1", Set.of("id")), Map.entry("h2", Set.of("id")), Map.entry("h3", Set.of("id")),
            Map.entry("h4", Set.of("id")), Map.entry("h5", Set.of("id")), Map.entry("h6", Set.of("id")),
            Map.entry("a", Set.of("href", "title", "class", "rel", "aria-label", "id")),
            Map.entry("img", Set.of("src", "alt", "title", "id")),
            Map.entry("em", Set.of("id")),
            Map.entry("strong", Set.of("id")),
            Map.entry("code", Set.of("class", "id")),
            Map.entry("pre", Set.of("id")),
            Map.entry("blockquote", Set.of("id")),
            Map.entry("ul", Set.of("id")),
            Map.entry("ol", Set.of("start", "id")),
            Map.entry("li", Set.of("id")),
            Map.entry("hr", Set.of("id")),
            Map.entry("br", Set.of("id")),
            Map.entry("table", Set.of("id")),
            Map.entry("caption", Set.of("id")),
            Map.entry("thead", Set.of("id")),
            Map.entry("tbody", Set.of("id")),
            Map.entry("tr", Set.of("id")),
            Map.entry("th", Set.of("align", "colspan", "id")),
            Map.entry("td", Set.of("align", "colspan", "id")),
            Map.entry("span", Set.of("id", "class")),
            Map.entry("abbr", Set.of("title", "id")));

    /** Elements of the page around the body; only the tree builder makes them (or the shell below). */
    private static final Set<String> PAGE = Set.of("html", "head", "body");

    /**
     * The page around the rendered body, so that the body is parsed in the state a browser is in
     * there, and a sentinel after it: if the body leaves a tag, comment or raw-text element open,
     * the sentinel is not parsed as an element, as the template that follows would not be.
     */
    private static final String BEFORE = "<!DOCTYPE html><html><head><title>-</title></head><body><main>";
    private static final String AFTER = "</main>";
    private static final String SENTINEL = "<footer></footer></body></html>";

    /** Problems beyond this many per page are not reported: the first ones show what is wrong. */
    static final int MAX_FINDINGS = 100;

    static final Phrase HINT = Phrase.of("html.allowed.hint", "tags", allowedList());
    static final Phrase REPAIR_HINT = Phrase.of("html.repair.hint");

    /**
     * The text as jsoup should see it: jsoup takes U+FFFF for the end of its input, where a
     * browser reads on, so a script after one would go unseen. Replaced by U+FFFD (also not
     * markup, and the same length, so every position stays).
     */
    static String readable(String html) {
        return html.indexOf('\uFFFF') < 0 ? html : html.replace('\uFFFF', '\uFFFD');
    }

    /** A problem at an offset of the page's Markdown body. */
    record Finding(int offset, Phrase message, Phrase hint) {
    }

    private HtmlPolicy() {
    }

    /** Whether flexmark writes this node's text into the page as it is. */
    static boolean isRaw(com.vladsch.flexmark.util.ast.Node node) {
        return node instanceof HtmlBlockBase || node instanceof HtmlInlineBase;
    }

    static String allowedList() {
        return String.join(", ", ALLOWED.keySet().stream().sorted().map(t -> "<" + t + ">").toList());
    }

    /**
     * Checks a rendered page that has raw HTML.
     *
     * @param raw  the page's raw HTML nodes ({@link #isRaw}), in document order
     * @param html the page as flexmark rendered it
     * @return the problems, each at an offset of the Markdown body, in the order found
     */
    static List<Finding> check(List<com.vladsch.flexmark.util.ast.Node> raw, String html) {
        return new Check(raw, html).run();
    }

    /** A raw node found in the rendered page: output offsets [start, end) and its text in the Markdown. */
    private record Span(int start, int end, BasedSequence chars) {
    }

    private static final class Check implements NodeVisitor {
        private final List<com.vladsch.flexmark.util.ast.Node> raw;
        private final String html;
        private final List<Span> spans = new ArrayList<>();
        private final Set<Finding> findings = new LinkedHashSet<>();
        /** Whether the allow-lists found anything; then the sentinel's fate says nothing new. */
        private boolean allowListFindings;

        Check(List<com.vladsch.flexmark.util.ast.Node> raw, String html) {
            this.raw = raw;
            this.html = html;
        }

        List<Finding> run() {
            com.vladsch.flexmark.util.ast.Node lost = locate();
            if (lost != null) return List.of(new Finding(lost.getStartOffset(), Phrase.of("html.lost"), HINT));
            Parser parser = Parser.htmlParser().setTrackPosition(true);
            Document doc = parser.parseInput(BEFORE + readable(html) + AFTER + SENTINEL, "");
            NodeTraversor.traverse(this, doc);
            int sentinel = BEFORE.length() + html.length() + AFTER.length();
            if (!allowListFindings && doc.select("footer").stream().noneMatch(f -> f.sourceRange().startPos() == sentinel)) {
                add(sentinel, Phrase.of("html.not_finished"), REPAIR_HINT);
            }
            return List.copyOf(findings);
        }

        /**
         * Finds each raw node's text in the rendered page, in order, in time linear in the page
         * ({@link Find}). A node inside an image's description is not written as HTML (it
         * becomes the escaped alt text), so it is skipped; a node not found is refused, since
         * what cannot be told apart cannot be checked, and the page with it.
         *
         * @return the first node not found, or null when every one was
         */
        private com.vladsch.flexmark.util.ast.Node locate() {
            int cursor = 0;
            for (com.vladsch.flexmark.util.ast.Node n : raw) {
                if (n.getAncestorOfType(Image.class, ImageRef.class) != null) continue;
                BasedSequence chars = n instanceof HtmlBlock b ? b.getContentChars() : n.getChars();
                int length = chars.length();
                while (length > 0 && (chars.charAt(length - 1) == '\n' || chars.charAt(length - 1) == '\r')) length--;
                if (length == 0) continue;
                BasedSequence text = chars.subSequence(0, length);
                int at = Find.in(html, text.toString(), cursor);
                if (at < 0) return n;
                spans.add(new Span(at, at + length, text));
                cursor = at + length;
            }
            return null;
        }


        @Override
        public void head(Node node, int depth) {
            Range range = node.sourceRange();
            int pos = range.isTracked() ? range.startPos() : -1;
            boolean inPage = pos >= BEFORE.length() && pos < BEFORE.length() + html.length();
            if (node instanceof Element e) {
                element(e, pos, inPage && !range.isImplicit());
            } else if (node instanceof Comment) {
                if (inPage) comment(range);
            } else if (!(node instanceof TextNode) && !(node instanceof DataNode) && !(node instanceof Document) && inPage) {
                // A doctype, an XML declaration or a processing instruction (<?…>, <!…>).
                refuse(pos, Phrase.of("html.declaration"));
            }
        }

        private void element(Element e, int pos, boolean written) {
            String tag = e.normalName();
            Span span = written ? spanAt(pos) : null;
            boolean outside = pos >= 0 && (pos < BEFORE.length() || pos >= BEFORE.length() + html.length());
            if (outside || !written && PAGE.contains(tag)) {
                // The shell's own elements, or those the tree builder made: only attributes the page added count.
                for (Attribute a : e.attributes()) {
                    int at = attributePosition(a, -1);
                    if (at >= BEFORE.length()) refuse(at, Phrase.of("html.attribute", "attribute", a.getKey(), "tag", tag));
                }
                return;
            }
            boolean html = Parser.NamespaceHtml.equals(e.tag().namespace());
            Map<String, Set<String>> allowed = span != null ? ALLOWED : GENERATED;
            Set<String> attributes = !html ? null : written ? allowed.get(tag) : union(tag);
            if (attributes == null) {
                refuse(pos, Phrase.of("html.element", "tag", tag));
                return;
            }
            if (span != null && e.sourceRange().endPos() > BEFORE.length() + span.end()) {
                // Its attributes are then made of the Markdown after it: one message says enough.
                refuse(pos, Phrase.of("html.tag_open", "tag", tag), REPAIR_HINT);
                return;
            }
            for (Attribute a : e.attributes()) {
                String name = a.getKey();
                int at = attributePosition(a, pos);
                if (!attributes.contains(name)) {
                    refuse(at, Phrase.of("html.attribute", "attribute", name, "tag", tag));
                    continue;
                }
                if (UrlPolicy.ATTRIBUTES.contains(name)) {
                    for (String url : UrlPolicy.addresses(name, a.getValue())) {
                        UrlPolicy.check(url).ifPresent(r -> {
                            allowListFindings = true;
                            add(at, r.message(), r.hint());
                        });
                    }
                }
            }
        }

        /** A comment must be a real one ({@code <!--}) and end where the writer's HTML ends. */
        private void comment(Range range) {
            int pos = range.startPos();
            if (!html.startsWith("<!--", pos - BEFORE.length())) {
                refuse(pos, Phrase.of("html.declaration"));
                return;
            }
            Span span = spanAt(pos);
            if (span == null || range.endPos() > BEFORE.length() + span.end()) {
                refuse(pos, Phrase.of("html.comment_open"), REPAIR_HINT);
            }
        }

        private static int attributePosition(Attribute a, int fallback) {
            Range r = a.sourceRange().nameRange();
            return r.isTracked() ? r.startPos() : fallback;
        }

        /** The raw node whose text holds the page offset {@code pos} (shell included), or null. */
        private Span spanAt(int pos) {
            int x = pos - BEFORE.length();
            Span s = lastStartingAtOrBefore(x);
            return s != null && x < s.end() ? s : null;
        }

        private Span lastStartingAtOrBefore(int x) {
            int lo = 0;
            int hi = spans.size() - 1;
            Span found = null;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                if (spans.get(mid).start() <= x) {
                    found = spans.get(mid);
                    lo = mid + 1;
                } else {
                    hi = mid - 1;
                }
            }
            return found;
        }

        private void refuse(int pos, Phrase message) {
            refuse(pos, message, HINT);
        }

        private void refuse(int pos, Phrase message, Phrase hint) {
            allowListFindings = true;
            add(pos, message, hint);
        }

        /**
         * A finding at a parsed offset: inside a raw node, at the same character of the Markdown;
         * elsewhere (what flexmark wrote, or the shell) at the start of the raw node before it,
         * which is what put the parser there.
         */
        private void add(int pos, Phrase message, Phrase hint) {
            if (findings.size() < MAX_FINDINGS) findings.add(at(pos, message, hint));
        }

        private Finding at(int pos, Phrase message, Phrase hint) {
            int x = pos - BEFORE.length();
            Span s = lastStartingAtOrBefore(x);
            int offset;
            if (s == null) offset = spans.isEmpty() ? raw.get(0).getStartOffset() : spans.get(0).chars().getStartOffset();
            else if (x < s.end()) offset = s.chars().getIndexOffset(x - s.start());
            else offset = s.chars().getStartOffset();
            return new Finding(offset, message, hint);
        }
    }

    /** The attributes a tag may have where it is not known who wrote it: those of both allow-lists, or null. */
    private static Set<String> union(String tag) {
        Set<String> a = ALLOWED.get(tag);
        Set<String> g = GENERATED.get(tag);
        if (a == null || g == null) return a == null ? g : a;
        Set<String> both = new HashSet<>(a);
        both.addAll(g);
        return both;
    }

    /** For tests: the tags of both allow-lists. */
    static Map<String, Set<String>> allowedAnywhere() {
        Map<String, Set<String>> out = new HashMap<>();
        for (String tag : GENERATED.keySet()) out.put(tag, union(tag));
        for (String tag : ALLOWED.keySet()) out.put(tag, union(tag));
        return out;
    }
}
