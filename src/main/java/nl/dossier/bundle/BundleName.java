package nl.dossier.bundle;

import nl.dossier.model.SiteSettings;
import nl.dossier.model.Slugs;
import nl.dossier.model.UrlPolicy;


/**
 * File names of the offline edition, from site.yaml: the first label of the site's host and the
 * edition, e.g. {@code drugscriminaliteit-editie-2024}. The zip is
 * {@code drugscriminaliteit-editie-2024-offline.zip} with one top folder of the same base name,
 * so unzipping never spills files into the reader's folder.
 */
public record BundleName(String base) {

    public static BundleName of(SiteSettings site) {
        return new BundleName(Slugs.slugify(siteWord(site) + " " + site.edition()));
    }

    /** "drugscriminaliteit" for https://drugscriminaliteit.netlify.app; the site name when the host says nothing. */
    private static String siteWord(SiteSettings site) {
        String host = UrlPolicy.host(site.baseUrl());
        if (host == null || host.equals("localhost") || host.contains("xn--") || host.chars().allMatch(c -> Character.isDigit(c) || c == '.')) {
            return site.siteName();
        }
        String first = host.startsWith("www.") ? host.substring(4) : host;
        return first.contains(".") ? first.substring(0, first.indexOf('.')) : first;
    }

    /** The zip's single top folder. */
    public String folder() {
        return base;
    }

    public String zipFile() {
        return base + "-offline.zip";
    }

    public String pdfFile() {
        return base + ".pdf";
    }
}
