package nl.dossier.load;

import nl.dossier.model.GlossaryTerm;
import nl.dossier.model.Problem;
import nl.dossier.model.SourceFile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/** Reads {@code content/glossary.yaml}: every abbreviation, with its full name and meaning. */
final class GlossaryReader {
    static final Set<String> KEYS = Set.of("term", "name", "description", "related");
    /**
     * The longest term: the text is searched for terms from every place a word starts, as far as
     * the longest term reaches, so a term as long as a page would make that search quadratic.
     */
    static final int MAX_TERM = 100;

    private final SourceFile source;
    private final Consumer<Problem> report;

    GlossaryReader(SourceFile source, Consumer<Problem> report) {
        this.source = source;
        this.report = report;
    }

    List<GlossaryTerm> read() {
        List<GlossaryTerm> out = new ArrayList<>();
        Map<GlossaryTerm, YamlMap> entryOf = new java.util.IdentityHashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        List<YamlMap> entries = ListFile.entries(source, report, "glossary term");
        for (YamlMap m : entries) {
            m.rejectUnknownKeys(KEYS, "a glossary term");
            String term = m.text("term", true);
            String name = m.text("name", true);
            String description = m.text("description", true);
            List<String> related = m.textList("related");
            if (term != null && term.length() > MAX_TERM) {
                m.problemAtKey("term", "term is " + term.length() + " characters long, more than " + MAX_TERM,
                        "a term is the abbreviation as written in the text; put the full name under 'name'");
                continue;
            }
            if (term != null) {
                Integer previous = seen.putIfAbsent(term, m.line());
                if (previous != null) {
                    m.problemAtKey("term", "term '" + term + "' is defined twice (also on line " + previous + ")",
                            "merge the two entries");
                    continue;
                }
            }
            if (term != null && name != null && description != null) {
                GlossaryTerm t = new GlossaryTerm(term, name, description, related, source.displayPath(), m.line());
                out.add(t);
                entryOf.put(t, m);
            }
        }
        Suggest guesses = Suggest.limited();
        for (GlossaryTerm t : out) {
            for (String r : t.related()) {
                if (!seen.containsKey(r)) {
                    String near = guesses.guess(r, seen.keySet());
                    entryOf.get(t).problemAtItem("related", r,
                            "term '" + t.term() + "' refers to unknown glossary term '" + r + "'",
                            near != null ? "did you mean '" + near + "'?" : "add '" + r + "' to the glossary or remove it from 'related'");
                }
            }
        }
        return List.copyOf(out);
    }
}
