package nl.dossier.search;

import nl.dossier.model.Problem;
import nl.dossier.model.Phrase;
import nl.dossier.model.SiteSynonym;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicIntegerArray;

/**
 * The site's thesaurus ({@code content/synonyms.yaml}) applied at index time, as the glossary's
 * synonyms are ({@link GlossarySynonyms}): a section that uses one of an entry's meanings is also
 * indexed under the entry's word, in the {@code aka} field (weighted below the text). The query
 * side needs no synonym logic, so both engines agree, and the browser downloads a synonym only
 * as part of the word shard of the word it searches.
 *
 * <p>Meanings the pages never use are reported as problems of the YAML file (with line and
 * column): a misspelt meaning would otherwise silently do nothing.
 */
final class SiteThesaurus {
    /** Phrase i: one meaning, as stems; wordOf i: the words it adds to a section. */
    private final List<SiteSynonym.Place> meanings = new ArrayList<>();
    private final List<String> wordOf = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();
    private final WordForms forms;
    private final PhraseFinder phrases;
    /** Per phrase, 1 once a section uses it; sections are analysed on several threads. */
    private final AtomicIntegerArray used;

    SiteThesaurus(List<SiteSynonym> entries, WordForms forms) {
        this.forms = forms;
        List<List<String>> all = new ArrayList<>();
        for (SiteSynonym s : entries) {
            List<String> words = new ArrayList<>();
            for (SiteSynonym.Place w : s.words()) {
                List<String> found = DutchAnalysis.surfaceWords(w.text());
                if (found.size() == 1) {
                    words.add(found.get(0));
                } else {
                    problems.add(w.problem(Phrase.of("synonyms.not_searched", "word", w.text())));
                }
            }
            if (words.isEmpty()) continue;
            String joined = String.join(" . ", words);
            for (SiteSynonym.Place m : s.means()) {
                List<String> stems = stems(m.text());
                if (stems.isEmpty()) {
                    problems.add(m.problem(Phrase.of("synonyms.meaning_not_searched", "word", m.text())));
                    continue;
                }
                all.add(stems);
                meanings.add(m);
                wordOf.add(joined);
            }
        }
        phrases = new PhraseFinder(all);
        used = new AtomicIntegerArray(all.size());
    }

    private List<String> stems(String text) {
        return DutchAnalysis.surfaceWords(text).stream().map(w -> forms.of(w).stem()).toList();
    }

    /** The thesaurus words of the meanings a section's words use, separated so that they form no phrase. */
    String alsoKnownAs(List<String> surfaceWords) {
        if (meanings.isEmpty()) return "";
        List<String> words = surfaceWords.stream().map(w -> forms.of(w).stem()).toList();
        BitSet found = phrases.find(words);
        Set<String> out = new LinkedHashSet<>();
        for (int p = found.nextSetBit(0); p >= 0; p = found.nextSetBit(p + 1)) {
            used.set(p, 1);
            out.add(wordOf.get(p));
        }
        return String.join(" . ", out);
    }

    /** What is wrong with the thesaurus, once every section has been indexed: meanings no page uses, among others. */
    List<Problem> problems() {
        List<Problem> out = new ArrayList<>(problems);
        for (int p = 0; p < meanings.size(); p++) {
            if (used.get(p) == 0) {
                SiteSynonym.Place m = meanings.get(p);
                out.add(m.problem(Phrase.of("synonyms.unused", "word", m.text())));
            }
        }
        return out;
    }
}
