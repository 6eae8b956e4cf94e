package nl.dossier.bake;

import nl.dossier.link.LinkedPage;
import nl.dossier.link.SiteGraph;
import nl.dossier.model.ContentException;
import nl.dossier.model.Problem;
import nl.dossier.model.Phrase;
import nl.dossier.model.Problems;
import org.jbake.model.DocumentModel;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;

/**
 * The documents a bake could not render, by problem: one template mistake fails every document
 * that uses the template, and is reported once, with the documents it broke (a page by its
 * Markdown file), not once per page.
 * Documents are added from any thread.
 */
final class TemplateFailures {
    /** Stands in a problem's message for the documents it broke, filled in by {@link #throwIfAny}. */
    static final String DOCUMENTS = "\u0000documents\u0000";

    private final Map<Problem, Set<String>> failed = new ConcurrentHashMap<>();
    private final SiteGraph graph;
    /** A page's document → the Markdown file it was made from, how the problem names it; made at the first failure. */
    private Map<String, String> sources;

    TemplateFailures(SiteGraph graph) {
        this.graph = graph;
    }

    /** Notes a document that did not render; an exception that is no template mistake is thrown on. */
    void add(Exception e, DocumentModel doc) {
        String shown = sources().getOrDefault(doc.getUri(), doc.getUri());
        failed.computeIfAbsent(Bakery.templateProblem(e, doc), k -> new ConcurrentSkipListSet<>()).add(shown);
    }

    private synchronized Map<String, String> sources() {
        if (sources == null) {
            Map<String, String> map = new HashMap<>();
            for (LinkedPage p : graph.pages()) map.put(p.uri(), p.source().source().displayPath());
            sources = map;
        }
        return sources;
    }

    void throwIfAny() throws ContentException {
        Problems problems = new Problems();
        failed.forEach((p, uris) -> problems.add(withDocuments(p, uris)));
        problems.throwIfAny();
    }

    private static Problem withDocuments(Problem p, Set<String> uris) {
        if (!DOCUMENTS.equals(p.message().values().get("documents"))) return p;
        String first = uris.iterator().next();
        Phrase docs = uris.size() == 1 ? Phrase.of("template.documents_one", "first", first)
                : uris.size() == 2 ? Phrase.of("template.documents_two", "first", first)
                : Phrase.of("template.documents_more", "first", first, "others", uris.size() - 1);
        Map<String, Object> values = new java.util.LinkedHashMap<>(p.message().values());
        values.put("documents", docs);
        return new Problem(p.file(), p.line(), p.column(), new Phrase(p.message().key(), values), p.hint());
    }
}
