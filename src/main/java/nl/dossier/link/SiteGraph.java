package nl.dossier.link;

import nl.dossier.model.Content;
import nl.dossier.model.GlossaryTerm;
import nl.dossier.model.Reference;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The linked site: pages in reading order and the indexes the templates need (who cites a
 * reference, which pages use a term, where each section number points). Lookups are map reads,
 * not scans. The citation and term indexes are built when first asked for: the live preview's
 * rebuild after a text edit renders no page that needs them.
 */
public final class SiteGraph {
    private final Content content;
    private final List<LinkedPage> pages;
    private final Map<String, LinkedPage> bySlug;
    private final Map<String, String> numberTargets;
    private Map<Integer, List<CitationUse>> citedBy;
    private Map<String, List<LinkedPage>> termUsedOn;
    private Map<Integer, Reference> referencesById;

    SiteGraph(Content content, List<LinkedPage> pages, Map<String, LinkedPage> bySlug, Map<String, String> numberTargets) {
        this.content = content;
        this.pages = pages;
        this.bySlug = bySlug;
        this.numberTargets = numberTargets;
    }

    /** The site settings, references and glossary; its page list is empty, the pages are {@link #pages}. */
    public Content content() {
        return content;
    }

    /** Pages in reading order. */
    public List<LinkedPage> pages() {
        return pages;
    }

    public Map<String, LinkedPage> bySlug() {
        return bySlug;
    }

    /** Section number → page-relative target ("slug/#anchor"), for § references. */
    public Map<String, String> numberTargets() {
        return numberTargets;
    }

    /** Reference id → its citations, in reading order. */
    public synchronized Map<Integer, List<CitationUse>> citedBy() {
        if (citedBy == null) indexUses();
        return citedBy;
    }

    /** Glossary term → the pages that use it, in reading order. */
    public synchronized Map<String, List<LinkedPage>> termUsedOn() {
        if (termUsedOn == null) indexUses();
        return termUsedOn;
    }

    private void indexUses() {
        citedBy = new HashMap<>();
        termUsedOn = new HashMap<>();
        for (LinkedPage p : pages) {
            for (CitationUse use : p.citations) citedBy.computeIfAbsent(use.referenceId(), k -> new ArrayList<>()).add(use);
            for (GlossaryTerm t : p.terms) termUsedOn.computeIfAbsent(t.term(), k -> new ArrayList<>()).add(p);
        }
    }

    public LinkedPage home() {
        return bySlug.get("index");
    }

    /** The policy-area pages, without the chapter page. */
    public List<LinkedPage> areas() {
        return pages.stream().filter(p -> !p.source().isHome()).toList();
    }

    /** The reference with this id, which the link stage has checked exists. */
    public synchronized Reference reference(int id) {
        if (referencesById == null) {
            referencesById = new HashMap<>();
            for (Reference r : content.references()) referencesById.put(r.id(), r);
        }
        return referencesById.get(id);
    }

    public List<CitationUse> citationsOf(Reference r) {
        return citedBy().getOrDefault(r.id(), List.of());
    }

    public List<LinkedPage> pagesUsing(GlossaryTerm t) {
        return termUsedOn().getOrDefault(t.term(), List.of());
    }
}
