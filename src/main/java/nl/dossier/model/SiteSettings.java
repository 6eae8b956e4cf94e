package nl.dossier.model;

import java.util.Map;

/** Site-wide settings from {@code content/site.yaml}. */
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
        Map<String, ExternalSection> externalSections) {

    /** A section of the wider monitor that lives outside this site, such as § 16.2.2. */
    public record ExternalSection(String number, String title, String url) {
    }
}
