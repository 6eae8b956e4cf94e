package nl.dossier.search;

import nl.dossier.model.GlossaryTerm;
import org.apache.lucene.analysis.Analyzer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Glossary synonyms, both ways, applied at index time: a section that says "HARP" is also
 * indexed under "Hit and Run Postteam", and one that says "Hit and Run Postteam" also under
 * "HARP". The added words go into a field of their own ({@code aka}), so they never change the
 * length or the wording of the section's text, and the query side needs no synonym logic: both
 * engines get the same behaviour from the same index.
 */
final class GlossarySynonyms {
    private record Entry(GlossaryTerm term, List<String> termStems, List<String> nameStems) {
    }

    private final List<Entry> entries = new ArrayList<>();
    private final Analyzer surface = DutchAnalysis.surface();
    /** Stems by word: every section's text is stemmed here, and the same words recur on every page. */
    private final Map<String, String> stems = new ConcurrentHashMap<>();

    GlossarySynonyms(List<GlossaryTerm> glossary) {
        for (GlossaryTerm t : glossary) {
            List<String> termStems = stems(t.term());
            List<String> nameStems = stems(t.name());
            if (!termStems.isEmpty() && !nameStems.isEmpty()) entries.add(new Entry(t, termStems, nameStems));
        }
    }

    private List<String> stems(String text) {
        return DutchAnalysis.terms(surface, text).stream().map(w -> stems.computeIfAbsent(w, DutchAnalysis::stem)).toList();
    }

    /** The other forms of every glossary term that the text uses: names for abbreviations and the reverse. */
    String alsoKnownAs(String text) {
        return alsoKnownAs(DutchAnalysis.terms(surface, text));
    }

    /** The same, for text already split into words by {@link DutchAnalysis#surface()}. */
    String alsoKnownAs(List<String> surfaceWords) {
        List<String> words = surfaceWords.stream().map(w -> stems.computeIfAbsent(w, DutchAnalysis::stem)).toList();
        Set<String> out = new LinkedHashSet<>();
        for (Entry e : entries) {
            if (Collections.indexOfSubList(words, e.termStems()) >= 0) out.add(e.term().name());
            if (Collections.indexOfSubList(words, e.nameStems()) >= 0) out.add(e.term().term());
        }
        return String.join(" . ", out);
    }
}
