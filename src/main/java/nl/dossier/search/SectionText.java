package nl.dossier.search;

/**
 * One search unit: a section of a page (or the page's introduction before its first heading).
 *
 * @param page    position of the page in reading order
 * @param url     relative to the site root, with the anchor: {@code bestrijding-drugssmokkel/index.html#douane}
 * @param heading the section heading; for the introduction the page title
 * @param number  the section number, e.g. 2.1.7.3.3 (the page number for the introduction)
 */
public record SectionText(int page, String url, String title, String heading, String number, String text) {
}
