package nl.dossier.search;

import nl.dossier.link.LinkedPage;
import nl.dossier.link.Section;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Cuts a page's rendered body at its h2/h3 headings into search units. Works on the HTML the
 * render stage produced, so the text is what readers see (abbreviations as written, citation
 * numbers left out: "[28]" is not something anyone searches for).
 */
public final class SectionSplitter {
    /** Anchor of the page's introduction: the main element every page has (layout.ftl). */
    static final String INTRO_ANCHOR = "inhoud";

    private SectionSplitter() {
    }

    public static List<SectionText> split(LinkedPage page, int pageIndex) {
        Map<String, Section> byId = new HashMap<>();
        for (Section s : page.sections()) byId.put(s.id(), s);
        Element body = Jsoup.parseBodyFragment(page.html() == null ? "" : page.html()).body();
        removeCitations(body);
        String title = page.source().title();
        List<SectionText> out = new ArrayList<>();
        String anchor = INTRO_ANCHOR;
        String heading = title;
        String number = page.source().number();
        StringBuilder text = new StringBuilder();
        for (Element e : body.children()) {
            boolean isHeading = (e.tagName().equals("h2") || e.tagName().equals("h3")) && byId.containsKey(e.id());
            if (isHeading) {
                add(out, page, pageIndex, anchor, heading, number, text);
                Section s = byId.get(e.id());
                anchor = s.id();
                // The heading's number is a field of its own (jsoup's text() drops soft hyphens).
                Element shownNumber = e.selectFirst("> span.nummer");
                if (shownNumber != null) shownNumber.remove();
                heading = e.text();
                number = s.number() == null ? "" : s.number();
                text.setLength(0);
            } else {
                if (text.length() > 0) text.append(' ');
                text.append(e.text());
            }
        }
        add(out, page, pageIndex, anchor, heading, number, text);
        return out;
    }

    /**
     * Removes the citations, each parent's children rebuilt once: jsoup removes one child at a
     * time by shifting and renumbering the children after it, which made a paragraph with
     * thousands of citations quadratic.
     */
    static void removeCitations(Element body) {
        Set<Node> citations = Collections.newSetFromMap(new IdentityHashMap<>());
        Set<Element> parents = new LinkedHashSet<>();
        for (Element c : body.select("span.citatie")) {
            citations.add(c);
            if (c.parent() != null) parents.add(c.parent());
        }
        for (Element parent : parents) {
            List<Node> kept = new ArrayList<>(parent.childNodeSize());
            for (Node child : parent.childNodes()) if (!citations.contains(child)) kept.add(child);
            parent.empty();
            parent.appendChildren(kept);
        }
    }

    /**
     * The text without white space before {@code . , ; :}, as {@code replaceAll("\\s+([.,;:])", "$1")}
     * gives it, in one pass: the regular expression took 2.3 s of CPU at 10,000 pages.
     */
    static String closeGaps(CharSequence text) {
        String s = text.toString();
        StringBuilder out = null;
        int copied = 0;
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c == '.' || c == ',' || c == ';' || c == ':') && isRegexSpace(s.charAt(i - 1))) {
                int gap = i - 1;
                while (gap > copied && isRegexSpace(s.charAt(gap - 1))) gap--;
                if (out == null) out = new StringBuilder(s.length());
                out.append(s, copied, gap);
                copied = i;
            }
        }
        return out == null ? s : out.append(s, copied, s.length()).toString();
    }

    /** What {@code \\s} matches in a Java regular expression (without UNICODE_CHARACTER_CLASS). */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static void add(List<SectionText> out, LinkedPage page, int pageIndex, String anchor, String heading,
                            String number, StringBuilder text) {
        // Removing citations leaves "bloemenveilingen ." behind: close the gap.
        String t = closeGaps(text).strip();
        // An empty introduction (the page starts with a heading) is not a search result.
        if (t.isEmpty() && anchor.equals(INTRO_ANCHOR)) return;
        // The page's first section carries its summary (the lead shown above the text).
        String summary = out.isEmpty() ? leadOf(page) : "";
        out.add(new SectionText(pageIndex, page.url() + "#" + anchor, page.source().title(), heading, number, summary, t));
    }

    /** The page's summary, or its title when it has none: never empty, so the first section is known. */
    private static String leadOf(LinkedPage page) {
        String s = page.source().summary();
        return s == null || s.isBlank() ? page.source().title() : s;
    }
}
