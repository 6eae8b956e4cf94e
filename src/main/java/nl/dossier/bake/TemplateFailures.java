package nl.dossier.bake;

import nl.dossier.link.LinkedPage;
import nl.dossier.link.SiteGraph;
import nl.dossier.model.ContentException;
import nl.dossier.model.Problem;
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
        if (!p.message().contains(DOCUMENTS)) return p;
        String first = uris.iterator().next();
        String docs = uris.size() == 1 ? first : first + " and " + (uris.size() - 1) + " other page" + (uris.size() > 2 ? "s" : "");
        return new Problem(p.file(), p.line(), p.column(), p.message().replace(DOCUMENTS, docs), p.hint());
    }
}
