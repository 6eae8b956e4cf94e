package nl.dossier.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Picks the part of a section's text with the most matches and marks them. A word matches when
 * it, or a part of it (compounds), has one of the query's stems: searching "smokkel" marks
 * "drugssmokkel".
 */
final class Snippets {
    static final int LENGTH = 220;

    private Snippets() {
    }

    record Span(int start, int end) {
    }

    /**
     * Words to mark: those whose stem is a query stem, or that contain a query stem of
     * {@value CompoundDictionary#MIN_PART}+ letters (the parts of compounds). search.js uses the same rule.
     */
    static List<Span> spans(String text, Set<String> stems) {
        List<Span> spans = new ArrayList<>();
        DutchAnalysis.surfaceWords(text, (word, start, end) -> {
            if (matches(word, stems)) spans.add(new Span(start, end));
        });
        return spans;
    }

    static boolean matches(String word, Set<String> stems) {
        if (stems.contains(DutchAnalysis.stem(word))) return true;
        for (String s : stems) if (s.length() >= CompoundDictionary.MIN_PART && word.contains(s)) return true;
        return false;
    }

    /** An HTML fragment: escaped text with {@code <mark>} around matches, "…" where text was cut. */
    static String snippet(String text, List<Span> spans) {
        Span w = window(text, spans);
        StringBuilder out = new StringBuilder();
        if (w.start() > 0) out.append('…');
        int at = w.start();
        for (Span s : spans) {
            if (s.start() < at || s.end() > w.end()) continue;
            out.append(escape(text.substring(at, s.start()))).append("<mark>")
                    .append(escape(text.substring(s.start(), s.end()))).append("</mark>");
            at = s.end();
        }
        out.append(escape(text.substring(at, w.end())));
        if (w.end() < text.length()) out.append('…');
        return out.toString();
    }

    /** Plain text of the window with the most matches, "…" where cut: what the browser files carry and search.js marks. */
    static String excerpt(String text, List<Span> spans) {
        Span w = window(text, spans);
        return (w.start() > 0 ? "…" : "") + text.substring(w.start(), w.end()) + (w.end() < text.length() ? "…" : "");
    }

    /**
     * The {@value #LENGTH} characters (cut at spaces) that hold the most matches: of the windows
     * starting 40 characters before a match, the first with the most matches inside. The spans
     * are words in text order, so their starts and ends both ascend and the matches inside each
     * window are counted by two pointers that only move forward: linear in the number of matches
     * (counting them afresh for each window made a long section's excerpts quadratic).
     */
    static Span window(String text, List<Span> spans) {
        int start = 0;
        if (text.length() > LENGTH && !spans.isEmpty()) {
            int best = 0, bestCount = -1;
            int first = 0, after = 0;
            for (Span s : spans) {
                int from = Math.max(0, s.start() - 40);
                while (first < spans.size() && spans.get(first).start() < from) first++;
                while (after < spans.size() && spans.get(after).end() <= from + LENGTH) after++;
                int count = Math.max(0, after - first);
                if (count > bestCount) {
                    bestCount = count;
                    best = from;
                }
            }
            start = best;
        }
        return cut(text, start);
    }

    /** The {@value #LENGTH} characters from {@code start}, cut at spaces so that no word is split. */
    static Span cut(String text, int start) {
        int end = Math.min(text.length(), start + LENGTH);
        if (start > 0) {
            int space = text.indexOf(' ', start);
            if (space >= 0 && space < end) start = space + 1;
        }
        if (end < text.length()) {
            int space = text.lastIndexOf(' ', end);
            if (space > start) end = space;
        }
        return new Span(start, end);
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
