package nl.dossier.link;

import nl.dossier.model.Content;
import nl.dossier.model.GlossaryTerm;
import nl.dossier.model.Reference;

import java.util.List;
import java.util.Map;

/**
 * The linked site: pages in reading order and the indexes the templates need (who cites a
 * reference, which pages use a term, where each section number points). Built once per build;
 * lookups are map reads, not scans.
 */
public record SiteGraph(
        Content content,
        List<LinkedPage> pages,
        Map<String, LinkedPage> bySlug,
        Map<Integer, List<CitationUse>> citedBy,
        Map<String, List<LinkedPage>> termUsedOn,
        Map<String, String> numberTargets) {

    public LinkedPage home() {
        return bySlug.get("index");
    }

    /** The policy-area pages, without the chapter page. */
    public List<LinkedPage> areas() {
        return pages.stream().filter(p -> !p.source().isHome()).toList();
    }

    public List<CitationUse> citationsOf(Reference r) {
        return citedBy.getOrDefault(r.id(), List.of());
    }

    public List<LinkedPage> pagesUsing(GlossaryTerm t) {
        return termUsedOn.getOrDefault(t.term(), List.of());
    }
}
