package nl.dossier.link;

/** One place that cites a reference: the page and the anchor of the citation on it. */
public record CitationUse(int referenceId, LinkedPage page, String anchor) {

    /** Site-root-relative URL of the citing place. */
    public String url() {
        return page.url() + "#" + anchor;
    }
}
