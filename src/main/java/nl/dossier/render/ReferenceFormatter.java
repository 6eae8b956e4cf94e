package nl.dossier.render;

import nl.dossier.model.Messages;
import nl.dossier.model.Reference;

/**
 * Formats a reference the way the monitor does (Vancouver style), as plain text and as HTML with
 * the source's identifier or address linked:
 * {@code T.K. 29911-79. Title. Den Haag: Tweede Kamer der Staten-Generaal; 2013.} The words of
 * the format ("[Internet]", "Available from:") are the site's messages {@code reference_internet}
 * and {@code reference_available_from}.
 */
public final class ReferenceFormatter {
    private ReferenceFormatter() {
    }

    public static String text(Reference r, Messages words) {
        return format(r, words, false);
    }

    public static String html(Reference r, Messages words) {
        return format(r, words, true);
    }

    private static String format(Reference r, Messages words, boolean html) {
        StringBuilder b = new StringBuilder();
        String head = head(r);
        String link = r.link();
        boolean headIsLink = link != null && r.url() == null;
        if (head != null) {
            b.append(headIsLink && html ? anchor(link, head) : esc(head, html)).append(". ");
        }
        // Like body text: soft hyphens only in runs too long for a phone's line.
        String title = stripFinalPeriod(r.title());
        b.append(esc(html && Hyphenator.hyphenates(words.language()) ? Hyphenator.softInLongRuns(title) : title, html));
        if (r.note() != null && !"kamervragen".equals(r.kind())) b.append(". ").append(esc(r.note(), html));
        if (r.url() != null) b.append(' ').append(esc(words.text("reference_internet"), html));
        b.append('.');
        String pub = publication(r);
        if (!pub.isEmpty()) b.append(' ').append(esc(pub, html));
        if (r.url() != null) {
            // class "url": the link text is the address itself, so print CSS does not repeat it.
            b.append(' ').append(esc(words.text("reference_available_from"), html)).append(' ').append(html ? "<a class=\"url\" href=\"" + Html.escape(r.url()) + "\" rel=\"external\">"
                    + Html.escape(r.url()) + "</a>" : r.url());
        }
        return b.toString();
    }

    private static String head(Reference r) {
        if (r.kamerstuk() != null) return "T.K. " + r.kamerstuk();
        if (r.staatsblad() != null) return "Stb. " + r.staatsblad();
        if ("kamervragen".equals(r.kind()) && r.note() != null) return "T.K. " + r.note();
        if (!r.authors().isEmpty()) return String.join(", ", r.authors());
        return null;
    }

    private static String publication(Reference r) {
        StringBuilder b = new StringBuilder();
        if (r.place() != null && r.publisher() != null) b.append(r.place()).append(": ").append(r.publisher());
        else if (r.publisher() != null) b.append(r.publisher());
        else if (r.place() != null) b.append(r.place());
        if (r.year() != null) b.append(b.length() > 0 ? "; " : "").append(r.year());
        if (b.length() > 0) b.append('.');
        return b.toString();
    }

    private static String stripFinalPeriod(String s) {
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    private static String anchor(String href, String text) {
        return "<a href=\"" + Html.escape(href) + "\" rel=\"external\">" + Html.escape(text) + "</a>";
    }

    private static String esc(String s, boolean html) {
        return html ? Html.escape(s) : s;
    }
}
