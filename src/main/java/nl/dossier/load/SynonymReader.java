package nl.dossier.load;

import nl.dossier.model.Phrase;
import nl.dossier.model.Problem;
import nl.dossier.model.SiteSynonym;
import nl.dossier.model.SiteSynonym.Place;
import nl.dossier.model.SourceFile;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads {@code content/synonyms.yaml}, the site's thesaurus: per entry the words readers type and
 * the words the pages use for them. Checked here: the form of each entry, a word listed twice, a
 * word that means itself, and cycles (cel means gevangenis, gevangenis means cel). Whether the
 * pages use each meaning is checked when the search index is built (nl.dossier.search.SiteThesaurus).
 */
final class SynonymReader {
    static final Set<String> KEYS = Set.of("words", "means");

    private final SourceFile source;
    private final Consumer<Problem> report;

    SynonymReader(SourceFile source, Consumer<Problem> report) {
        this.source = source;
        this.report = report;
    }

    List<SiteSynonym> read() {
        List<SiteSynonym> out = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (YamlMap m : ListFile.entries(source, report, Phrase.of("synonyms.empty"), Phrase.of("synonyms.not_list"),
                Phrase.of("synonyms.each"))) {
            m.rejectUnknownKeys(KEYS, Phrase.of("synonyms.where"));
            if (!m.has("words")) {
                m.problemAtKey("words", Phrase.of("synonyms.no_words"));
                continue;
            }
            if (!m.has("means")) {
                m.problemAtKey("words", Phrase.of("synonyms.no_means"));
                continue;
            }
            List<Place> words = places(m, "words");
            List<Place> means = places(m, "means");
            Set<String> own = new HashSet<>();
            List<Place> kept = new ArrayList<>();
            for (Place w : words) {
                String key = w.text().toLowerCase(Locale.ROOT);
                if (!key.codePoints().allMatch(Character::isLetterOrDigit)) {
                    report.accept(w.problem(Phrase.of("synonyms.not_one_word", "word", w.text())));
                    continue;
                }
                Integer previous = seen.putIfAbsent(key, w.line());
                if (previous != null) {
                    report.accept(w.problem(Phrase.of("synonyms.twice", "word", w.text(), "line", previous)));
                    continue;
                }
                own.add(key);
                kept.add(w);
            }
            Set<String> listed = new HashSet<>();
            List<Place> meanings = new ArrayList<>();
            for (Place p : means) {
                String lower = p.text().toLowerCase(Locale.ROOT);
                if (own.contains(lower)) {
                    report.accept(p.problem(Phrase.of("synonyms.means_itself", "word", p.text())));
                } else if (!listed.add(lower)) {
                    report.accept(p.problem(Phrase.of("synonyms.meaning_twice", "word", p.text())));
                } else {
                    meanings.add(p);
                }
            }
            if (!kept.isEmpty() && !meanings.isEmpty()) out.add(new SiteSynonym(List.copyOf(kept), List.copyOf(meanings)));
        }
        reportCycles(out);
        return List.copyOf(out);
    }

    /** The items of a list of text, with where each is written. */
    private List<Place> places(YamlMap m, String key) {
        m.textList(key); // reports a value that is not a list of text
        List<Place> out = new ArrayList<>();
        if (!(m.node(key).orElseThrow() instanceof SequenceNode seq)) return out;
        for (Node item : seq.getValue()) {
            if (item instanceof ScalarNode s && !s.getValue().isBlank()) {
                out.add(new Place(s.getValue().strip(), source.displayPath(), m.line(item), m.column(item)));
            }
        }
        if (seq.getValue().isEmpty()) m.problemAtKey(key, Phrase.of("synonyms.empty_list", "key", key));
        return out;
    }

    /**
     * A word that, through the meanings of the entries, comes back to itself. Synonyms are applied
     * one step only, so a cycle never loops, but it says the same thing twice in different places:
     * each cycle is reported once, at the meaning that closes it.
     */
    private void reportCycles(List<SiteSynonym> entries) {
        Map<String, SiteSynonym> byWord = new HashMap<>();
        for (SiteSynonym s : entries) for (Place w : s.words()) byWord.put(w.text().toLowerCase(Locale.ROOT), s);
        // Depth-first over entries, each visited once: linear in the size of the file.
        Map<SiteSynonym, Integer> state = new java.util.IdentityHashMap<>(); // 1 = on the current path, 2 = done
        for (SiteSynonym s : entries) visit(s, byWord, state, new ArrayList<>());
    }

    private void visit(SiteSynonym s, Map<String, SiteSynonym> byWord, Map<SiteSynonym, Integer> state, List<SiteSynonym> path) {
        if (state.containsKey(s)) return;
        state.put(s, 1);
        path.add(s);
        for (Place p : s.means()) {
            SiteSynonym target = byWord.get(p.text().toLowerCase(Locale.ROOT));
            if (target == null) continue;
            Integer st = state.get(target);
            if (st != null && st == 1) {
                List<String> cycle = new ArrayList<>();
                for (SiteSynonym e : path.subList(path.indexOf(target), path.size())) cycle.add(e.words().get(0).text());
                cycle.add(p.text());
                report.accept(p.problem(Phrase.of("synonyms.cycle", "cycle", String.join(" → ", cycle))));
            } else if (st == null) {
                visit(target, byWord, state, path);
            }
        }
        path.remove(path.size() - 1);
        state.put(s, 2);
    }
}
