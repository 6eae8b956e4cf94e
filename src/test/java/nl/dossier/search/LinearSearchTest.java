package nl.dossier.search;

import nl.dossier.model.GlossaryTerm;
import org.apache.lucene.analysis.CharArraySet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The search stage is linear in the size of a section and the number of glossary terms: excerpts,
 * the best window of a snippet, glossary synonyms and the removal of citations give what the
 * quadratic versions they replaced gave (kept here as the reference), and finish on inputs where
 * those took minutes: one section of a megabyte, 20,000 terms. The timeouts only keep a
 * regression from hanging the run.
 */
class LinearSearchTest {
    private static final Duration HANG_GUARD = Duration.ofMinutes(2);
    private static final String[] WORDS = {"drugs", "smokkel", "drugssmokkel", "haven", "havens", "douane", "douanier",
            "politie", "smokkelaar", "getuigen", "de", "het", "aanpak", "aanpakken", "honden", "drugshonden", "ab", "x"};

    private static String text(Random random, int words) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < words; i++) {
            if (i > 0) b.append(random.nextInt(10) == 0 ? ". " : " ");
            b.append(WORDS[random.nextInt(WORDS.length)]);
            if (random.nextInt(5) == 0) b.append(random.nextInt(100));
        }
        return b.toString();
    }

    // ---- the best window of a snippet ----

    /** The window Snippets chose before: every match's window counted afresh. */
    private static int referenceWindowStart(String text, List<Snippets.Span> spans) {
        int best = 0, bestCount = -1;
        for (Snippets.Span s : spans) {
            int from = Math.max(0, s.start() - 40);
            int count = (int) spans.stream().filter(x -> x.start() >= from && x.end() <= from + Snippets.LENGTH).count();
            if (count > bestCount) {
                bestCount = count;
                best = from;
            }
        }
        return best;
    }

    @Test
    void theWindowIsTheOneCountingEveryWindowChose() {
        Random random = new Random(1);
        for (int n = 0; n < 3_000; n++) {
            String text = text(random, 1 + random.nextInt(200));
            Set<String> stems = Set.of(DutchAnalysis.stem(WORDS[random.nextInt(WORDS.length)]));
            List<Snippets.Span> spans = Snippets.spans(text, stems);
            if (text.length() <= Snippets.LENGTH || spans.isEmpty()) continue;
            assertEquals(Snippets.cut(text, referenceWindowStart(text, spans)), Snippets.window(text, spans), text);
        }
    }

    @Test
    void aSectionOfAMegabyteGetsItsSnippet() {
        String text = text(new Random(2), 150_000);
        assertTimeoutPreemptively(HANG_GUARD, () -> {
            String snippet = Snippets.snippet(text, Snippets.spans(text, Set.of(DutchAnalysis.stem("smokkel"))));
            assertTrue(snippet.contains("<mark>"), snippet);
        });
    }

    // ---- excerpts for the word shards ----

    /** What Excerpts gave before: every word compared with every stem wanted. */
    private static Map<String, String> referenceExcerpts(String text, List<String> wanted) {
        Map<String, List<Snippets.Span>> spans = new LinkedHashMap<>();
        for (String stem : wanted) spans.put(stem, new ArrayList<>());
        DutchAnalysis.surfaceWords(text, (word, start, end) -> {
            String s = DutchAnalysis.stem(word);
            for (Map.Entry<String, List<Snippets.Span>> e : spans.entrySet()) {
                String stem = e.getKey();
                boolean part = stem.length() >= CompoundDictionary.MIN_PART && word.contains(stem);
                if (s.equals(stem) || part) e.getValue().add(new Snippets.Span(start, end));
            }
        });
        Map<String, String> out = new LinkedHashMap<>();
        spans.forEach((stem, list) -> out.put(stem, Snippets.excerpt(text, list)));
        return out;
    }

    @Test
    void excerptsAreTheOnesComparingEveryWordWithEveryStemGave() {
        Random random = new Random(3);
        Excerpts excerpts = new Excerpts();
        for (int n = 0; n < 1_000; n++) {
            String text = text(random, 1 + random.nextInt(300));
            List<String> wanted = new ArrayList<>();
            for (int i = random.nextInt(6); i >= 0; i--) {
                String w = WORDS[random.nextInt(WORDS.length)];
                String stem = random.nextBoolean() ? DutchAnalysis.stem(w) : w.substring(0, Math.min(w.length(), 2 + random.nextInt(6)));
                if (!wanted.contains(stem)) wanted.add(stem);
            }
            assertEquals(referenceExcerpts(text, wanted), excerpts.excerpts(text, wanted), text);
        }
    }

    @Test
    void aSectionOfAMegabyteIsTheShowcaseOfAllItsStems() {
        // Numbered words: about 100,000 distinct words and stems in one section, each shown from it.
        String text = text(new Random(4), 150_000);
        Set<String> stems = new LinkedHashSet<>();
        DutchAnalysis.surfaceWords(text, (word, start, end) -> stems.add(DutchAnalysis.stem(word)));
        assertTimeoutPreemptively(HANG_GUARD, () -> {
            Map<String, String> found = new Excerpts().excerpts(text, stems);
            assertEquals(stems.size(), found.size());
            assertTrue(stems.size() > 1_000, "many stems: " + stems.size());
        });
    }

    // ---- glossary synonyms ----

    @Test
    void synonymsAreThoseFoundByLookingForEachTermInTurn() {
        Random random = new Random(5);
        WordForms forms = new WordForms(new CharArraySet(List.of(), false));
        for (int n = 0; n < 300; n++) {
            List<GlossaryTerm> glossary = new ArrayList<>();
            for (int t = random.nextInt(8); t >= 0; t--) {
                glossary.add(new GlossaryTerm("T" + t + WORDS[random.nextInt(WORDS.length)].toUpperCase(),
                        text(random, 1 + random.nextInt(3)), "", List.of(), "content/glossary.yaml", 1));
            }
            StringBuilder section = new StringBuilder(text(random, 50));
            for (GlossaryTerm t : glossary) if (random.nextBoolean()) section.append(' ').append(random.nextBoolean() ? t.term() : t.name());
            String text = section.toString();
            assertEquals(referenceSynonyms(glossary, forms, text), new GlossarySynonyms(glossary, forms).alsoKnownAs(text), text);
        }
    }

    /** What GlossarySynonyms gave before: each term and name looked for in the section's words in turn. */
    private static String referenceSynonyms(List<GlossaryTerm> glossary, WordForms forms, String text) {
        List<String> words = DutchAnalysis.surfaceWords(text).stream().map(w -> forms.of(w).stem()).toList();
        Set<String> out = new LinkedHashSet<>();
        for (GlossaryTerm t : glossary) {
            List<String> term = DutchAnalysis.surfaceWords(t.term()).stream().map(w -> forms.of(w).stem()).toList();
            List<String> name = DutchAnalysis.surfaceWords(t.name()).stream().map(w -> forms.of(w).stem()).toList();
            if (term.isEmpty() || name.isEmpty()) continue;
            if (Collections.indexOfSubList(words, term) >= 0) out.add(t.name());
            if (Collections.indexOfSubList(words, name) >= 0) out.add(t.term());
        }
        return String.join(" . ", out);
    }

    @Test
    void twentyThousandTermsAndAMegabyteSection() {
        List<GlossaryTerm> glossary = new ArrayList<>();
        // Names that share their first words, so looking for each in turn would try them all.
        for (int i = 0; i < 20_000; i++) {
            glossary.add(new GlossaryTerm("XT" + i, "drugs smokkel haven " + i, "", List.of(), "content/glossary.yaml", i + 1));
        }
        // A long section that uses every name only at its end.
        StringBuilder b = new StringBuilder("drugs smokkel haven ".repeat(100_000));
        for (int i = 0; i < 20_000; i++) b.append(". drugs smokkel haven ").append(i);
        String text = b.toString();
        WordForms forms = new WordForms(new CharArraySet(List.of(), false));
        assertTimeoutPreemptively(HANG_GUARD, () -> {
            String aka = new GlossarySynonyms(glossary, forms).alsoKnownAs(text);
            assertEquals(20_000, new HashSet<>(List.of(aka.split(" \\. "))).size(), "every term's name is in the section");
        });
    }

    // ---- citations left out of the text ----

    @Test
    void citationsAreRemovedAsJsoupRemovesThem() {
        Random random = new Random(6);
        for (int n = 0; n < 500; n++) {
            StringBuilder html = new StringBuilder();
            for (int p = random.nextInt(4); p >= 0; p--) {
                html.append("<p>");
                for (int i = random.nextInt(8); i >= 0; i--) {
                    html.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
                    if (random.nextBoolean()) html.append("<span class=\"citatie\">[<a href=\"#bron-1\">1</a>]</span>");
                    if (random.nextInt(4) == 0) html.append("<em>nadruk <span class=\"citatie\">[2]</span></em>");
                }
                html.append("</p>");
            }
            Element expected = Jsoup.parseBodyFragment(html.toString()).body();
            expected.select("span.citatie").remove();
            Element actual = Jsoup.parseBodyFragment(html.toString()).body();
            SectionSplitter.removeCitations(actual);
            assertEquals(expected.html(), actual.html());
        }
    }

    @Test
    void aParagraphOfAHundredThousandCitations() {
        String html = "<p>" + "a <span class=\"citatie\">[<a href=\"#bron-1\">1</a>]</span> ".repeat(100_000) + "</p>";
        Element body = Jsoup.parseBodyFragment(html).body();
        assertTimeoutPreemptively(HANG_GUARD, () -> {
            SectionSplitter.removeCitations(body);
            assertTrue(body.select("span.citatie").isEmpty());
            assertEquals(100_000, body.text().split(" ").length);
        });
    }
}
