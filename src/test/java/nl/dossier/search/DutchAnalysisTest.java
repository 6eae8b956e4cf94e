package nl.dossier.search;

import nl.dossier.load.ContentLoader;
import nl.dossier.model.Content;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each Dutch feature of the analysis, first on the analyzer, then end to end on the real index. */
class DutchAnalysisTest {
    private static SearchEngine engine;
    private static CharArraySet dictionary;

    @BeforeAll
    static void open() throws Exception {
        engine = new SearchEngine(BuiltSite.index());
        Content content = new ContentLoader(Path.of(System.getProperty("dossier.root", ""))).load();
        List<String> texts = content.pages().stream().map(p -> p.title() + " " + p.body()).toList();
        dictionary = CompoundDictionary.fromTexts(texts);
    }

    @AfterAll
    static void close() throws Exception {
        engine.close();
    }

    private static List<String> urls(String query) throws Exception {
        return engine.search(query, 5).stream().map(SearchHit::url).toList();
    }

    private static List<String> all(String query) throws Exception {
        return engine.search(query, RankingModel.TOP_SECTIONS).stream().map(SearchHit::url).toList();
    }

    private static List<String> indexTerms(String text) {
        try (Analyzer a = DutchAnalysis.index(dictionary)) {
            return DutchAnalysis.terms(a, text);
        }
    }

    /**
     * The index writer takes pre-analysed words (IndexedWords from the surface words and the
     * memoised WordForms) instead of running the index analyzer: both must yield the same terms,
     * and the same tokens at a new position, on every page of the real content.
     */
    @Test
    void preAnalysedWordsAreWhatTheIndexAnalyzerMakes() throws Exception {
        Content content = new ContentLoader(Path.of(System.getProperty("dossier.root", ""))).load();
        WordForms forms = new WordForms(dictionary);
        int tokens = 0, parts = 0;
        try (Analyzer index = DutchAnalysis.index(dictionary)) {
            for (var p : content.pages()) {
                List<String> expected = tokens(index.tokenStream("text", p.body()));
                List<String> actual = tokens(new IndexedWords(DutchAnalysis.surfaceWords(p.body()), forms));
                assertEquals(expected, actual, p.slug());
                tokens += actual.size();
                parts += (int) actual.stream().filter(t -> t.startsWith("+")).count();
            }
        }
        assertTrue(tokens > 5000, "the real text has words: " + tokens);
        assertTrue(parts > 100, "the real text has compounds: " + parts);
    }

    /** Each token, prefixed with + when it shares the previous token's position. */
    private static List<String> tokens(org.apache.lucene.analysis.TokenStream stream) throws java.io.IOException {
        List<String> out = new java.util.ArrayList<>();
        try (stream) {
            var term = stream.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
            var inc = stream.addAttribute(org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute.class);
            stream.reset();
            while (stream.incrementToken()) out.add((inc.getPositionIncrement() == 0 ? "+" : "") + term);
            stream.end();
        }
        return out;
    }

    @Test
    void wordsAreCutWhereTheSharedWordPatternCutsThem() throws Exception {
        Content content = new ContentLoader(Path.of(System.getProperty("dossier.root", ""))).load();
        StringBuilder text = new StringBuilder();
        for (var p : content.pages()) text.append(p.title()).append('\n').append(p.body()).append('\n');
        // Letters of other scripts, combining marks, superscript and Roman numerals, a title-case
        // digraph, a letter outside the BMP, dashes, apostrophes, and a word longer than 255 characters.
        text.append("ǅemal e\u0301e\u0308n x² Ⅻ 𝒜bc 41-bis FIU-NL 's-Hertogenbosch “quote” café’s ")
                .append("a".repeat(300)).append(" \u00a0end");
        List<String> expected = new java.util.ArrayList<>();
        var m = DutchAnalysis.WORD.matcher(text);
        while (m.find()) expected.add(m.group());
        List<String> actual = new java.util.ArrayList<>();
        try (WordTokenizer t = new WordTokenizer()) {
            var term = t.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
            t.setReader(new java.io.StringReader(text.toString()));
            t.reset();
            while (t.incrementToken()) actual.add(term.toString());
            t.end();
        }
        assertTrue(expected.size() > 1000, "the real text has words: " + expected.size());
        assertEquals(expected, actual);
    }

    @Test
    void surfaceWordsAreTheSurfaceAnalyzersWithTheirOffsets() {
        String text = "om OM een ÉÉN geïntegreerde GEÏNTEGREERDE 41-bis";
        assertEquals(List.of("om", "een", "geintegreerde", "geintegreerde", "41", "bis"), DutchAnalysis.surfaceWords(text));
        try (Analyzer surface = DutchAnalysis.surface()) {
            assertEquals(DutchAnalysis.terms(surface, text), DutchAnalysis.surfaceWords(text));
        }
        List<String> offsets = new java.util.ArrayList<>();
        DutchAnalysis.surfaceWords(text, (word, start, end) -> offsets.add(text.substring(start, end)));
        assertEquals(List.of("OM", "ÉÉN", "geïntegreerde", "GEÏNTEGREERDE", "41", "bis"), offsets);
    }

    @Test
    void hyphenatedNamesStayFindable() throws Exception {
        assertEquals(List.of("41", "bis"), DutchAnalysis.queryWords("41-bis"));
        assertEquals(List.of("fiu", "nl"), DutchAnalysis.queryWords("FIU-NL"));
        assertTrue(indexTerms("het Italiaanse 41-bis-regime").containsAll(List.of("41", "bis")));
        assertEquals("criminaliteit-tijdens-detentie/#italiaans-41-bis-regime", urls("41-bis").get(0));
        assertEquals("ondermijningswetgeving/#inhoud", urls("FIU-NL").get(0));
    }

    @Test
    void lowerCasesAndFoldsDiacritics() throws Exception {
        assertEquals(indexTerms("geintegreerde"), indexTerms("Geïntegreerde"));
        assertEquals(List.of("geintegreerde"), DutchAnalysis.queryWords("GEÏNTEGREERDE"));
        assertTrue(urls("geintegreerde").contains("strafrechtelijke-en-bestuurlijke-aanpak/#inhoud"));
        assertEquals(urls("cocaine"), urls("cocaïne"));
    }

    @Test
    void stemsDutch() throws Exception {
        assertEquals(DutchAnalysis.stem("katalysator"), DutchAnalysis.stem("katalysatoren"));
        assertEquals(DutchAnalysis.stem("regeling"), DutchAnalysis.stem("regelingen"));
        // "katalysatoren" (plural) also finds the sections that say "katalysator".
        assertEquals("strafrechtelijke-en-bestuurlijke-aanpak/#onbedoeld-ondermijnen", urls("katalysatoren").get(0));
    }

    @Test
    void splitsCompoundsWithTheSitesOwnWords() throws Exception {
        assertTrue(indexTerms("drugssmokkel").containsAll(List.of("drugssmokkel", "smokkel", "drug")), indexTerms("drugssmokkel").toString());
        assertTrue(indexTerms("drugshonden").contains("hond"), "honden is derived from drugs+honden");
        assertTrue(indexTerms("kroongetuigenregeling").contains(DutchAnalysis.stem("kroongetuigen")));
        // Each part once, and the word itself not repeated.
        List<String> t = indexTerms("cocaïnesmokkel");
        assertEquals(t.size(), t.stream().distinct().count(), t.toString());
        assertEquals("bestrijding-drugssmokkel/#douane", urls("honden").get(0));
        assertTrue(urls("smokkel").contains("bestrijding-drugssmokkel/#internationale-samenwerking"),
                "the section only says cocaïnesmokkel");
        assertEquals("ondersteuning-beleid/#kroongetuigenregeling", urls("kroongetuige").get(0));
    }

    @Test
    void glossarySynonymsWorkBothWays() throws Exception {
        GlossarySynonyms synonyms = new GlossarySynonyms(
                new ContentLoader(Path.of(System.getProperty("dossier.root", ""))).load().glossary(), new WordForms(dictionary));
        assertTrue(synonyms.alsoKnownAs("het HARP is opgericht").contains("Hit and Run Postteam"));
        assertTrue(synonyms.alsoKnownAs("het Hit and Run Postteam is opgericht").contains("HARP"));
        // The section says "het OM" only, never "Openbaar Ministerie".
        assertTrue(all("Openbaar Ministerie").contains("bestrijding-drugssmokkel/#internationale-samenwerking"));
        // The section says "Afdelingen Intensief Toezicht" only, never "AIT".
        assertTrue(all("AIT").contains("criminaliteit-tijdens-detentie/#wijziging-penitentiaire-beginselenwet"));
    }

    @Test
    void stopWordsDoNotBreakPhrases() throws Exception {
        assertEquals(List.of("preventie", "gezag"), DutchAnalysis.queryWords("preventie met gezag"));
        assertEquals("breed-offensief-botoc/#preventie", urls("preventie met gezag").get(0));
        // "om" is a stop word; "OM" (Openbaar Ministerie) is not.
        assertEquals(List.of(), DutchAnalysis.queryWords("om"));
        assertEquals(List.of("om"), DutchAnalysis.queryWords("OM"));
        assertFalse(urls("OM").isEmpty());
    }

    @Test
    void toleratesOneTypoAndCompletesTheLastWord() throws Exception {
        assertEquals("ondersteuning-beleid/#kroongetuigenregeling", urls("kroongetuigenregling").get(0));
        assertTrue(QueryExpander.withinOneEdit("kroongetuigenregling", "kroongetuigenregeling"));
        assertTrue(QueryExpander.withinOneEdit("douane", "duoane"), "two neighbours swapped is one edit");
        assertFalse(QueryExpander.withinOneEdit("douane", "dounae2"));
        assertEquals("bestrijding-drugssmokkel/#douane", urls("cameradr").get(0));
        // Only the last word is a prefix, and not after a space.
        assertTrue(urls("cameradr ").isEmpty());
        // Words under five letters get no typo tolerance.
        assertTrue(urls("hrap").isEmpty());
    }
}
