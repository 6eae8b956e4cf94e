package nl.dossier.search;

import java.nio.charset.StandardCharsets;

/**
 * One search unit: a section of a page (or the page's introduction before its first heading).
 *
 * <p>The text is kept as UTF-8 and decoded when it is read: every section of the site is held
 * while the index is written, and most hold a character beyond Latin-1 (’ or –), which makes a
 * Java String two bytes a character (at 10,000 pages, 45,000 sections and 110 MB more live heap).
 */
public final class SectionText {
    private final int page;
    private final String url;
    private final String title;
    private final String heading;
    private final String number;
    private final String summary;
    private final byte[] text;

    /**
     * @param page    position of the page in reading order
     * @param url     relative to the site root, with the anchor: {@code bestrijding-drugssmokkel/#douane}
     * @param title   the page's title
     * @param heading the section heading; for the introduction the page title
     * @param number  the section number, e.g. 2.1.7.3.3 (the page number for the introduction)
     * @param text    the section's plain text
     */
    /**
     * @param summary the page's summary (its lead) on the page's first section, which alone
     *                carries the page's title and summary in the index; "" on the others
     */
    public SectionText(int page, String url, String title, String heading, String number, String summary, String text) {
        this.summary = summary;
        this.page = page;
        this.url = url;
        this.title = title;
        this.heading = heading;
        this.number = number;
        this.text = text.getBytes(StandardCharsets.UTF_8);
    }

    public int page() {
        return page;
    }

    public String url() {
        return url;
    }

    public String title() {
        return title;
    }

    public String heading() {
        return heading;
    }

    public String number() {
        return number;
    }

    public String summary() {
        return summary;
    }

    /** Whether this is its page's first section, which carries the page's title and summary. */
    public boolean first() {
        return !summary.isEmpty();
    }

    /** The plain text, decoded afresh on every call: read it once where it is used twice. */
    public String text() {
        return new String(text, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return url;
    }
}
