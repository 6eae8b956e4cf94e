package nl.dossier.bake;

/**
 * Which variant of the site a bake writes. The hosted site links to the downloads with their
 * sizes; the offline copy inside the zip says on every page that it is a copy (edition, date,
 * link to the live page), has no download link (it is the download) and no 404 page (that only
 * works on a server).
 *
 * @param zip the offline zip, or null where there is none to link to
 * @param pdf the chapter as PDF, or null where there is none to link to
 */
public record Edition(boolean offline, Download zip, Download pdf) {

    /** A file the pages link to: its path from the site root and its size (0 when not known yet). */
    public record Download(String url, long bytes) {
    }

    /** The hosted site without download links (serve, and tests). */
    public static final Edition SITE = new Edition(false, null, null);

    public static Edition online(Download zip, Download pdf) {
        return new Edition(false, zip, pdf);
    }

    public static Edition offline(Download pdf) {
        return new Edition(true, null, pdf);
    }
}
