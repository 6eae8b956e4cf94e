package nl.dossier.search;

import nl.dossier.model.GlossaryTerm;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

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
    /** Stems by word, shared with the index: every section's text is stemmed here. */
    private final WordForms forms;

    GlossarySynonyms(List<GlossaryTerm> glossary, WordForms forms) {
        this.forms = forms;
        for (GlossaryTerm t : glossary) {
            List<String> termStems = stems(t.term());
            List<String> nameStems = stems(t.name());
            if (!termStems.isEmpty() && !nameStems.isEmpty()) entries.add(new Entry(t, termStems, nameStems));
        }
    }

    private List<String> stems(String text) {
        return SurfaceWords.of(text).stream().map(w -> forms.of(w).stem()).toList();
    }

    /** The other forms of every glossary term that the text uses: names for abbreviations and the reverse. */
    String alsoKnownAs(String text) {
        return alsoKnownAs(SurfaceWords.of(text));
    }

    /** The same, for text already split into words by {@link SurfaceWords}. */
    String alsoKnownAs(List<String> surfaceWords) {
        List<String> words = surfaceWords.stream().map(w -> forms.of(w).stem()).toList();
        // Most terms are not in a given section: a set lookup rules them out before a scan of its words.
        Set<String> present = new HashSet<>(words);
        Set<String> out = new LinkedHashSet<>();
        for (Entry e : entries) {
            if (uses(words, present, e.termStems())) out.add(e.term().name());
            if (uses(words, present, e.nameStems())) out.add(e.term().term());
        }
        return String.join(" . ", out);
    }

    private static boolean uses(List<String> words, Set<String> present, List<String> phrase) {
        return present.containsAll(phrase) && Collections.indexOfSubList(words, phrase) >= 0;
    }
}
