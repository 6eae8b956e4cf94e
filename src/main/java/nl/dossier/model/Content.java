package nl.dossier.model;

import java.util.List;

/** Everything loaded from {@code content/}, validated field by field but not yet cross-linked. */
public record Content(SiteSettings site, List<PageSource> pages, List<Reference> references, List<GlossaryTerm> glossary) {
}
