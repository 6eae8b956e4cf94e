package nl.dossier.search;

import nl.dossier.build.BuildCommandTest;
import nl.dossier.TestSites;
import nl.dossier.link.SiteGraph;
import nl.dossier.model.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.openqa.selenium.json.Json;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** `dossier search` as a user runs it: exit codes and the documented JSON. */
class SearchCommandTest {
    @Test
    void printsTheStableJsonInRankOrder() throws Exception {
        BuildCommandTest.Run r = BuildCommandTest.run("search", "--json", "--limit", "3", "--index", BuiltSite.index().toString(), "drugssmokkel", "haven");
        assertEquals(0, r.exit(), r.err());
        List<Map<String, Object>> results = parse(r.out());
        assertEquals(3, results.size());
        Map<String, Object> first = results.get(0);
        for (String key : List.of("url", "title", "heading", "snippet", "score")) assertTrue(first.containsKey(key), key);
        assertEquals("bestrijding-drugssmokkel/#logistieke-knooppunten", first.get("url"));
        assertEquals("Bestrijding drugssmokkel", first.get("title"));
        assertEquals("Logistieke knooppunten", first.get("heading"));
        assertTrue(((String) first.get("snippet")).contains("<mark>haven</mark>"), (String) first.get("snippet"));
        double previous = Double.MAX_VALUE;
        for (Object o : results) {
            double score = ((Number) ((Map<?, ?>) o).get("score")).doubleValue();
            assertTrue(score > 0 && score <= previous, "scores fall within a page group");
            previous = score;
        }
    }

    @Test
    void theHelpNamesEveryKeyOfTheJsonAndSaysWhatAQueryIs() throws Exception {
        BuildCommandTest.Run help = BuildCommandTest.run("search", "--help");
        assertEquals(0, help.exit());
        String json = help.out().lines().filter(l -> l.strip().startsWith("--json")).findFirst().orElse("");
        Set<String> documented = Set.of(json.substring(json.indexOf('{') + 1, json.indexOf('}')).split(", "));
        BuildCommandTest.Run r = BuildCommandTest.run("search", "--json", "--index", BuiltSite.index().toString(), "drugssmokkel");
        List<Map<String, Object>> results = parse(r.out());
        assertTrue(results.size() > 1, r.out());
        for (Map<String, Object> result : results) assertEquals(documented, result.keySet(), help.out());
        assertTrue(help.out().contains("QUERY...") && help.out().contains("no operators, quotes or wildcards"), help.out());
    }

    @Test
    void snippetsAreEscapedHtml() throws Exception {
        BuildCommandTest.Run r = BuildCommandTest.run("search", "--json", "--index", BuiltSite.index().toString(), "<b>briefgeheim</b>");
        assertEquals(0, r.exit(), r.err());
        List<Map<String, Object>> results = parse(r.out());
        String snippet = (String) results.get(0).get("snippet");
        assertTrue(snippet.contains("<mark>briefgeheim</mark>"), snippet);
        assertTrue(snippet.replace("<mark>", "").replace("</mark>", "").indexOf('<') < 0, snippet);
    }

    @Test
    void printsReadableTextByDefault() {
        BuildCommandTest.Run r = BuildCommandTest.run("search", "--index", BuiltSite.index().toString(), "HARP");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith(" 1. drugsbestellingen-via-internet/#inhoud"), r.out());
        assertTrue(r.out().contains("**HARP**"), r.out());
    }

    @Test
    void noResultsIsNotAnError() throws Exception {
        BuildCommandTest.Run r = BuildCommandTest.run("search", "--json", "--index", BuiltSite.index().toString(), "xyzzyqwv");
        assertEquals(0, r.exit());
        assertEquals(0, parse(r.out()).size());
    }

    @Test
    void textOutputSaysNoResultsInTheSiteLanguage() {
        BuildCommandTest.Run r = BuildCommandTest.run("search", "--index", BuiltSite.index().toString(), "xyzzyqwv");
        assertEquals(0, r.exit(), r.err());
        // search_none of templates/messages/nl.yaml, the real site's language.
        assertEquals("Geen resultaten voor ‘xyzzyqwv’.", r.out().strip());
    }

    @Test
    void textOutputNamesTheWordsNothingMatchesAboveTheResults() {
        BuildCommandTest.Run r = BuildCommandTest.run("search", "--index", BuiltSite.index().toString(), "briefgeheim", "xyzzyqwv");
        assertEquals(0, r.exit(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals("Geen resultaten voor xyzzyqwv; wel voor briefgeheim.", lines.get(0), r.out());
        assertTrue(lines.get(1).startsWith(" 1. drugsbestellingen-via-internet/#inhoud"), r.out());
    }

    @Test
    void textOutputUsesTheMessagesTheIndexWasWrittenWith(@TempDir Path tmp) throws Exception {
        // An English site: the messages of templates/messages/en.yaml travel in its index.
        Map<String, String> en = new LinkedHashMap<>();
        ((Map<?, ?>) new Load(LoadSettings.builder().build()).loadFromString(
                Files.readString(Path.of("templates/messages/en.yaml")))).forEach((k, v) -> en.put((String) k, String.valueOf(v)));
        SiteGraph graph = TestSites.realSite().graph();
        List<SectionText> sections = new ArrayList<>();
        for (int i = 0; i < graph.pages().size(); i++) sections.addAll(SectionSplitter.split(graph.pages().get(i), i));
        Path index = tmp.resolve("index");
        SearchIndexer.write(sections, graph.content().glossary(), List.of(), new Messages("en", "templates/messages/en.yaml", en),
                index, problems -> { });
        BuildCommandTest.Run none = BuildCommandTest.run("search", "--index", index.toString(), "xyzzyqwv");
        assertEquals("No results for ‘xyzzyqwv’.", none.out().strip());
        BuildCommandTest.Run some = BuildCommandTest.run("search", "--index", index.toString(), "briefgeheim", "xyzzyqwv");
        assertTrue(some.out().startsWith("No results for xyzzyqwv; results for briefgeheim.\n"), some.out());
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertEquals(2, BuildCommandTest.run("search").exit());
        assertEquals(2, BuildCommandTest.run("search", "--limit", "0", "haven").exit());
        assertEquals(2, BuildCommandTest.run("search", "--limit", "veel", "haven").exit());
        assertEquals(2, BuildCommandTest.run("search", "--unknown", "haven").exit());
    }

    @Test
    void aMissingIndexIsReported() {
        BuildCommandTest.Run r = BuildCommandTest.run("search", "--index", BuiltSite.index().resolveSibling("nowhere").toString(), "haven");
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("no search index"), r.err());
    }

    @Test
    void saysPerQueryWordWhetherTheSectionMatchesIt() throws Exception {
        BuildCommandTest.Run r = BuildCommandTest.run("search", "--json", "--index", BuiltSite.index().toString(), "briefgeheim", "xyzzyqwv");
        assertEquals(0, r.exit(), r.err());
        List<Map<String, Object>> results = parse(r.out());
        assertEquals("drugsbestellingen-via-internet/#inhoud", results.get(0).get("url"));
        Map<?, ?> words = (Map<?, ?>) results.get(0).get("words");
        assertEquals(List.of("briefgeheim", "xyzzyqwv"), List.copyOf(words.keySet()), r.out());
        assertEquals(Boolean.TRUE, words.get("briefgeheim"));
        assertTrue(words.containsKey("xyzzyqwv") && words.get("xyzzyqwv") == null, "no section has it: null, " + words);
    }

    @Test
    void findsTheSiteThesaurusWordsTheTextDoesNotUse() throws Exception {
        // "cellen" is in content/synonyms.yaml for detentie and gevangenis; no page uses the word.
        List<String> top = urls("cellen");
        assertEquals("criminaliteit-tijdens-detentie/#inhoud", top.get(0), top.toString());
    }

    @Test
    void splitsACompoundTheSiteDoesNotUseIntoWordsItDoes() throws Exception {
        // Neither engine knows "douanesamenwerking"; the site has "douane" and "samenwerking".
        List<String> top = urls("douanesamenwerking ");
        assertTrue(top.subList(0, 3).contains("bestrijding-drugssmokkel/#internationale-samenwerking"), top.toString());
        BuildCommandTest.Run r = BuildCommandTest.run("search", "--json", "--index", BuiltSite.index().toString(), "douanesamenwerking");
        assertEquals(Boolean.TRUE, ((Map<?, ?>) parse(r.out()).get(0).get("words")).get("douanesamenwerking"), r.out());
    }

    @Test
    void splitsACompoundWhosePartsTheSiteUsesOnlyInAnotherForm() throws Exception {
        // The site has "kroongetuigen" (plural, and inside kroongetuigenregeling), never the
        // singular "kroongetuige": the part is matched by its stem.
        BuildCommandTest.Run r = BuildCommandTest.run("search", "--json", "--index", BuiltSite.index().toString(), "kroongetuigebescherming");
        assertEquals(0, r.exit(), r.err());
        List<Map<String, Object>> results = parse(r.out());
        assertEquals("strafrechtelijke-en-bestuurlijke-aanpak/#lessen-uit-de-italiaanse-aanpak", results.get(0).get("url"), r.out());
        assertEquals(Boolean.TRUE, ((Map<?, ?>) results.get(0).get("words")).get("kroongetuigebescherming"), r.out());
        // Only "burgemeesters" is on the site; "bedreiging" is.
        assertEquals("ondermijningswetgeving/#inhoud", urls("burgemeesterbedreiging ").get(0));
    }

    @Test
    void splitsACompoundOfThreePartsWithALinkingMorpheme() throws Exception {
        // haven + bedrijven + overleg: "overleg" only as "overlegd" and in other words on the site.
        BuildCommandTest.Run r = BuildCommandTest.run("search", "--json", "--index", BuiltSite.index().toString(), "havenbedrijvenoverleg");
        List<Map<String, Object>> results = parse(r.out());
        assertTrue(!results.isEmpty(), r.out());
        // A word that matches nothing even so still leaves the other word's results.
        BuildCommandTest.Run text = BuildCommandTest.run("search", "--index", BuiltSite.index().toString(), "xqzvwrtplk", "kroongetuigebescherming");
        assertTrue(text.out().startsWith("Geen resultaten voor"), text.out());
        assertTrue(text.out().contains(" 1. strafrechtelijke-en-bestuurlijke-aanpak/#lessen-uit-de-italiaanse-aanpak"), text.out());
    }

    @Test
    void theCompoundsPartsCountAsOneConceptOfTheQuery() throws Exception {
        // "gevangenisregime" is split into gevangenis and regime: a section with both parts but
        // without Italy must not outrank the one with regime and Italy.
        BuildCommandTest.Run r = BuildCommandTest.run("search", "--json", "--index", BuiltSite.index().toString(), "gevangenisregime in Italië ");
        List<Map<String, Object>> results = parse(r.out());
        assertEquals("criminaliteit-tijdens-detentie/#italiaans-41-bis-regime", results.get(0).get("url"), r.out());
        assertEquals(Boolean.TRUE, ((Map<?, ?>) results.get(0).get("words")).get("italie"), r.out());
    }

    @Test
    void findsAnotherFormOfAWordWhenNothingElseDoes() throws Exception {
        // The site has "bedreiging", not "bedreigen": two letters apart, neither a typo nor a compound.
        BuildCommandTest.Run r = BuildCommandTest.run("search", "--json", "--index", BuiltSite.index().toString(), "bedreigen", "burgemeesters");
        Map<String, Object> first = parse(r.out()).get(0);
        assertEquals("ondermijningswetgeving/#inhoud", first.get("url"), r.out());
        assertTrue(((String) first.get("snippet")).contains("<mark>bedreiging</mark>"), r.out());
    }

    @Test
    void findsAWordOnlyThePageSummaryHas() throws Exception {
        // "regiestructuren" is in the summary of ondersteuning-beleid.md, not in its text.
        assertEquals("ondersteuning-beleid/#strategisch-beraad-en-regie", urls("regiestructuren ").get(0));
    }

    @Test
    void leavesOutTheFillerWordsOfAQuestion() throws Exception {
        // "maakt" and "juist" are words of the site, yet say nothing about what is asked.
        assertEquals(urls("MIT gestopt "), urls("wat maakt dat het MIT juist gestopt is "));
        // A question's verb the site does not use is not reported as a word nothing matches.
        BuildCommandTest.Run r = BuildCommandTest.run("search", "--index", BuiltSite.index().toString(), "wat", "betekent", "ondermijning");
        assertTrue(r.out().startsWith(" 1. "), r.out());
    }

    private static List<String> urls(String query) throws Exception {
        BuildCommandTest.Run r = BuildCommandTest.run("search", "--json", "--index", BuiltSite.index().toString(), query);
        assertEquals(0, r.exit(), r.err());
        return parse(r.out()).stream().map(m -> (String) m.get("url")).toList();
    }

    /** The command's JSON: an array of result objects (parsed with Selenium's JSON reader, a test dependency already). */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> parse(String json) {
        return new Json().toType(json, List.class);
    }
}
