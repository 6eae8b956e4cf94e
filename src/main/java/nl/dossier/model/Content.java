package nl.dossier.model;

import java.util.List;
import java.util.Set;

/**
 * Everything loaded from {@code content/}, validated field by field but not yet cross-linked,
 * with the two files beside the templates that the pages' text depends on: the messages of the
 * site's language and the ids the templates reserve. The site's thesaurus ({@code synonyms.yaml})
 * is optional: without the file it is empty.
 */
public record Content(SiteSettings site, List<PageSource> pages, List<Reference> references, List<GlossaryTerm> glossary,
                      Messages messages, Set<String> reservedIds, List<SiteSynonym> synonyms) {
    /**
     * The settings, references and glossary without the pages, for the linked site graph, whose
     * own pages replace them: a one-off build releases each page's Markdown after rendering it,
     * which it cannot while this list still holds the pages as loaded.
     */
    public Content withoutPages() {
        return new Content(site, List.of(), references, glossary, messages, reservedIds, synonyms);
    }
}
