package nl.dossier.load;

import nl.dossier.model.GlossaryTerm;
import nl.dossier.model.Problem;
import nl.dossier.model.SourceFile;
import nl.dossier.model.Phrase;

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
        List<YamlMap> entries = ListFile.entries(source, report, Phrase.of("glossary.empty"), Phrase.of("glossary.not_list"),
                Phrase.of("glossary.each"));
        for (YamlMap m : entries) {
            m.rejectUnknownKeys(KEYS, Phrase.of("glossary.where"));
            String term = m.text("term", true);
            String name = m.text("name", true);
            String description = m.text("description", true);
            List<String> related = m.textList("related");
            if (term != null && term.length() > MAX_TERM) {
                m.problemAtKey("term", Phrase.of("glossary.too_long", "length", term.length(), "max", MAX_TERM));
                continue;
            }
            if (term != null) {
                Integer previous = seen.putIfAbsent(term, m.line());
                if (previous != null) {
                    m.problemAtKey("term", Phrase.of("glossary.twice", "term", term, "line", previous));
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
                            Phrase.of("glossary.unknown_related", "term", t.term(), "related", r),
                            near != null ? Phrase.of("did_you_mean", "name", near) : Phrase.of("glossary.unknown_related.hint", "related", r));

                }
            }
        }
        return List.copyOf(out);
    }
}
