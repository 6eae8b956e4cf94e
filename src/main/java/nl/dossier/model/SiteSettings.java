package nl.dossier.model;

import java.util.Map;

/**
 * Site-wide settings from {@code content/site.yaml}.
 *
 * @param pdf     whether the build prints the whole chapter as a PDF (default true); a site of
 *                thousands of pages can switch it off, since one PDF of it is neither printable nor cheap
 * @param onePage whether the site has the whole chapter on one page, {@code volledig/index.html}
 *                (default true); the PDF is printed from it, so {@code pdf} needs it
 * @param language the language of the site's pages ({@code nl} by default): picks the messages
 *                 file {@code templates/messages/<language>.yaml} and is the pages' {@code lang}
 */
public record SiteSettings(
        String title,
        String siteName,
        String edition,
        String publisher,
        String baseUrl,
        String repository,
        String branch,
        String parentTitle,
        String parentUrl,
        Map<String, ExternalSection> externalSections,
        boolean pdf,
        boolean onePage,
        String language) {

    /** The language of a site whose site.yaml has no {@code language}. */
    public static final String DEFAULT_LANGUAGE = "nl";

    /** A section of the wider monitor that lives outside this site, such as § 16.2.2. */
    public record ExternalSection(String number, String title, String url) {
    }
}
