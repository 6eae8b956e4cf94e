package nl.dossier.search;

import nl.dossier.model.GlossaryTerm;

import java.util.ArrayList;
import java.util.BitSet;
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
    /** Phrase 2i is entry i's term, 2i + 1 its name, as stems. */
    private final PhraseFinder phrases;

    GlossarySynonyms(List<GlossaryTerm> glossary, WordForms forms) {
        this.forms = forms;
        List<List<String>> both = new ArrayList<>();
        for (GlossaryTerm t : glossary) {
            List<String> termStems = stems(t.term());
            List<String> nameStems = stems(t.name());
            if (!termStems.isEmpty() && !nameStems.isEmpty()) {
                entries.add(new Entry(t, termStems, nameStems));
                both.add(termStems);
                both.add(nameStems);
            }
        }
        phrases = new PhraseFinder(both);
    }

    private List<String> stems(String text) {
        return DutchAnalysis.surfaceWords(text).stream().map(w -> forms.of(w).stem()).toList();
    }

    /** The other forms of every glossary term that the text uses: names for abbreviations and the reverse. */
    String alsoKnownAs(String text) {
        return alsoKnownAs(DutchAnalysis.surfaceWords(text));
    }

    /** The same, for text already split into words by {@link DutchAnalysis#surfaceWords(String)}; in glossary order. */
    String alsoKnownAs(List<String> surfaceWords) {
        List<String> words = surfaceWords.stream().map(w -> forms.of(w).stem()).toList();
        BitSet found = phrases.find(words);
        Set<String> out = new LinkedHashSet<>();
        for (int p = found.nextSetBit(0); p >= 0; p = found.nextSetBit(p + 1)) {
            GlossaryTerm t = entries.get(p / 2).term();
            out.add(p % 2 == 0 ? t.name() : t.term());
        }
        return String.join(" . ", out);
    }
}
