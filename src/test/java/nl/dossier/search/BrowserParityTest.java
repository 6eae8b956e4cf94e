package nl.dossier.search;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The browser engine in a real headless Chromium, on the built site opened from disk (file://,
 * under the page's Content-Security-Policy): for every relevance query its top 5 must be
 * `dossier search`'s top 5 in the same order (ties within the export's rounding aside), and its
 * top 3 must hold the expected section. One browser session for all queries.
 */
class BrowserParityTest {
    private static SearchBrowser browser;
    private static WebDriver driver;
    private static SearchEngine engine;

    @BeforeAll
    static void start() throws Exception {
        engine = new SearchEngine(BuiltSite.index());
        browser = new SearchBrowser(BuiltSite.site());
        driver = browser.driver;
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) browser.close();
        if (engine != null) engine.close();
    }

    @Test
    void theBrowserRanksLikeTheCommandForEveryRelevanceQuery() throws Exception {
        List<String> failures = new ArrayList<>();
        for (BuiltSite.Query q : BuiltSite.relevanceSet()) {
            List<String> top = browser.top(q.query(), 5);
            List<SearchHit> cli = engine.search(q.query(), RankingModel.TOP_SECTIONS);
            List<String> cliTop = cli.stream().limit(5).map(SearchHit::url).toList();
            if (!top.subList(0, Math.min(3, top.size())).contains(q.expected())) {
                failures.add(q.query() + ": browser top 3 " + top + " lacks " + q.expected());
            }
            if (!SearchBrowser.sameUpToTies(top, cliTop, cli)) {
                failures.add(q.query() + ": browser " + top + " but dossier search " + cliTop);
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    /**
     * Every relevance set typed into one search page; the figures go to
     * bench/results/relevance-browser.json (RelevanceTest writes the command's). Asserted: the
     * known-item set's top-3 floor, and that typing ranks as `dossier search` does here too.
     */
    @Test
    void reportsEveryRelevanceSet() throws Exception {
        List<RelevanceMetrics.Judged> known = BuiltSite.judgedRelevanceSet();
        List<String> all = new ArrayList<>();
        known.forEach(q -> all.add(q.query()));
        List<List<RelevanceMetrics.Judged>> graded = new ArrayList<>();
        for (String set : BuiltSite.GRADED_SETS) {
            graded.add(BuiltSite.judgedSet(set));
            graded.get(graded.size() - 1).forEach(q -> all.add(q.query()));
        }
        List<List<String>> ranked = browser.topOfEach(all, RelevanceMetrics.SHOWN);
        List<RelevanceReport.Run> runs = new ArrayList<>();
        runs.add(new RelevanceReport.Run("relevance.tsv", known, ranked.subList(0, known.size())));
        int from = known.size();
        for (int i = 0; i < graded.size(); i++) {
            int to = from + graded.get(i).size();
            runs.add(new RelevanceReport.Run(BuiltSite.GRADED_SETS.get(i), graded.get(i), ranked.subList(from, to)));
            from = to;
        }
        RelevanceReport.write("relevance-browser.json", "search.js in Chromium", runs);
        assertEquals(1.0, runs.get(0).mean().success3(), String.join("\n", runs.get(0).missedInTopThree()));
        List<String> differ = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            List<SearchHit> cli = engine.search(all.get(i), RankingModel.TOP_SECTIONS);
            List<String> cliTop = cli.stream().limit(5).map(SearchHit::url).toList();
            List<String> top = ranked.get(i).subList(0, Math.min(5, ranked.get(i).size()));
            if (!SearchBrowser.sameUpToTies(top, cliTop, cli)) differ.add(all.get(i) + ": browser " + top + " but dossier search " + cliTop);
        }
        assertTrue(differ.isEmpty(), String.join("\n", differ));
    }

    @Test
    void searchesAsYouTypeAndAnnouncesTheCount() {
        driver.get(browser.searchPage().toUri().toString());
        WebElement input = driver.findElement(By.id("zoekterm"));
        input.sendKeys("kroongetu");
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> "kroongetu".equals(
                d.findElement(By.id("search-results")).getAttribute("data-query")));
        WebElement first = driver.findElement(By.cssSelector("#search-results [data-result]"));
        // Opened from disk, as here, a result links the page's index.html, not its folder.
        assertTrue(first.getAttribute("href").endsWith("ondersteuning-beleid/index.html#kroongetuigenregeling"), first.getAttribute("href"));
        WebElement status = driver.findElement(By.id("zoek-status"));
        assertEquals("polite", status.getAttribute("aria-live"));
        assertTrue(status.getText().matches("\\d+ resultaten? voor ‘kroongetu’.*"), status.getText());
        assertTrue(driver.findElements(By.cssSelector("#search-results mark")).size() > 0, "matches are highlighted");
        // Keyboard: arrow down from the field reaches the results.
        input.sendKeys(Keys.ARROW_DOWN);
        WebElement focused = driver.switchTo().activeElement();
        assertEquals("a", focused.getTagName());
        assertTrue(focused.getAttribute("href").contains("ondersteuning-beleid/index.html"));
        // Enter opens the focused result.
        String target = focused.getAttribute("href");
        focused.sendKeys(Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().equals(target));
    }

    @Test
    void markupInTheQueryIsShownAsText() {
        String attack = "<img src=x onerror=alert(1)>";
        driver.get(browser.url(attack));
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> attack.equals(
                d.findElement(By.id("search-results")).getAttribute("data-query")));
        assertTrue(driver.findElement(By.id("zoek-status")).getText().contains(attack));
        assertEquals(0, driver.findElements(By.cssSelector("#zoeken img")).size());
        assertThrows(NoAlertPresentException.class, () -> driver.switchTo().alert());
        assertEquals(attack, driver.findElement(By.id("zoekterm")).getAttribute("value"));
    }

    @Test
    void saysWhichQueryWordsMatchNothingAboveTheResults() {
        driver.get(browser.url("briefgeheim xyzzyqwv havenbeveiliging"));
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> "briefgeheim xyzzyqwv havenbeveiliging".equals(
                d.findElement(By.id("search-results")).getAttribute("data-query")));
        WebElement status = driver.findElement(By.id("zoek-status"));
        // The words from the query in <em>, the sentence from templates/messages/nl.yaml.
        assertTrue(status.getText().startsWith("Geen resultaten voor xyzzyqwv; wel voor briefgeheim, havenbeveiliging. "), status.getText());
        assertEquals(List.of("xyzzyqwv", "briefgeheim", "havenbeveiliging"),
                status.findElements(By.tagName("em")).stream().map(WebElement::getText).toList());
        // Every word found: no such sentence.
        driver.get(browser.url("briefgeheim"));
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> "briefgeheim".equals(
                d.findElement(By.id("search-results")).getAttribute("data-query")));
        assertTrue(driver.findElement(By.id("zoek-status")).getText().matches("\\d+ resulta(at|ten) voor ‘briefgeheim’.*"),
                driver.findElement(By.id("zoek-status")).getText());
    }

    @Test
    void theBrowsersStemmerIsLucenes() throws Exception {
        // search.js stems the parts of a compound it splits; its stems must be the index's. The
        // site's vocabulary, and generated words built from the suffixes and vowel runs the
        // stemmer's rules turn on.
        List<String> words = new ArrayList<>();
        try (var reader = org.apache.lucene.index.DirectoryReader.open(org.apache.lucene.store.FSDirectory.open(BuiltSite.index()))) {
            var te = org.apache.lucene.index.MultiTerms.getTerms(reader, SearchIndexer.SURFACE).iterator();
            for (var t = te.next(); t != null; t = te.next()) words.add(t.utf8ToString());
        }
        String[] pieces = {"a", "e", "i", "o", "u", "y", "aa", "ee", "oo", "uu", "ie", "ij", "ei", "ui", "heid", "heden",
                "en", "ene", "s", "se", "ing", "end", "ig", "lijk", "baar", "bar", "gem", "kk", "dd", "tt", "b", "d", "k",
                "t", "v", "j", "c", "l", "m", "n", "r", "st", "ver", "be", "ge", "tie"};
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder w = new StringBuilder();
            for (int k = 1 + random.nextInt(6); k > 0; k--) w.append(pieces[random.nextInt(pieces.length)]);
            words.add(w.toString());
        }
        browser.top("briefgeheim", 1);
        @SuppressWarnings("unchecked")
        List<String> stems = (List<String>) ((JavascriptExecutor) driver).executeScript(
                "return arguments[0].map(window.dossierSearchStats.stem)", words);
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            if (!DutchAnalysis.stem(words.get(i)).equals(stems.get(i))) wrong.add(words.get(i) + " → " + stems.get(i));
        }
        assertEquals(List.of(), wrong.subList(0, Math.min(20, wrong.size())));
    }

    @Test
    void splitsACompoundByStemsLikeTheCommand() throws Exception {
        // Parts the site uses only in another form (kroongetuigen, burgemeesters, overlegd), with
        // a linking "en" (havenbedrijvenoverleg): the same top 5 as dossier search, not none.
        for (String q : List.of("kroongetuigebescherming", "burgemeesterbedreiging", "havenbedrijvenoverleg ")) {
            List<String> top = browser.top(q, 5);
            List<SearchHit> cli = engine.search(q, RankingModel.TOP_SECTIONS);
            List<String> cliTop = cli.stream().limit(5).map(SearchHit::url).toList();
            assertTrue(!top.isEmpty(), q);
            assertTrue(SearchBrowser.sameUpToTies(top, cliTop, cli), q + ": browser " + top + " but dossier search " + cliTop);
        }
    }

    @Test
    void aTypoIsCorrectedInOneRoundOfFiles() {
        browser.top("kroongetuigenregling", 5);
        assertEquals(1L, ((JavascriptExecutor) driver).executeScript("return window.dossierSearchStats.queries[0].rounds"));
    }

    @Test
    void loadsOnlyWhatTheQueryNeeds() {
        browser.top("briefgeheim", 5);
        List<String> files = browser.filesLoaded();
        assertTrue(files.contains("manifest.js"), files.toString());
        assertTrue(files.stream().filter(f -> f.startsWith("w-")).count() <= 2, files.toString());
        // One round: the word's shard ranks and shows the results; no text chunk is needed.
        assertTrue(files.stream().noneMatch(f -> f.startsWith("s-")), files.toString());
        assertEquals(1L, ((JavascriptExecutor) driver).executeScript("return window.dossierSearchStats.queries[0].rounds"));
        long all;
        try (var s = Files.list(BuiltSite.site().resolve("search"))) {
            all = s.count();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        assertTrue(files.size() < all / 10, files.size() + " of " + all + " files");
    }
}
