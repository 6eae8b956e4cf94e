package nl.dossier.link;

/**
 * One place that cites a reference: the page, the anchor of the citation on it, and the number
 * of the section it stands in (the page's own number before its first numbered heading).
 */
public record CitationUse(int referenceId, LinkedPage page, String anchor, String section) {

    /** Site-root-relative URL of the citing place. */
    public String url() {
        return page.url() + "#" + anchor;
    }
}
