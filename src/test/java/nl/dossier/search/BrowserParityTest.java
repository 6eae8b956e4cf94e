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
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
    /** Exported impacts are rounded to 1/1000; sums of a few words may differ this much. */
    static final double TIE = 0.01;

    private static WebDriver driver;
    private static SearchEngine engine;
    private static Path searchPage;

    @BeforeAll
    static void start() throws Exception {
        engine = new SearchEngine(BuiltSite.index());
        searchPage = BuiltSite.site().resolve("zoeken/index.html");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + Files.createTempDirectory("dossier-chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("chromedriver", "/usr/bin/chromedriver"))).build();
        driver = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stop() throws Exception {
        if (driver != null) driver.quit();
        if (engine != null) engine.close();
    }

    private static String url(String query) {
        return searchPage.toUri() + "?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Opens the search page with ?q= and waits until the results for that query are shown. */
    private static List<String> browserTop(String query, int n) {
        driver.get(url(query));
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> query.equals(
                d.findElement(By.id("search-results")).getAttribute("data-query")));
        List<String> out = new ArrayList<>();
        for (WebElement a : driver.findElements(By.cssSelector("#search-results [data-result]"))) {
            if (out.size() == n) break;
            out.add(a.getAttribute("href").substring(BuiltSite.site().toUri().toString().length()));
        }
        return out;
    }

    @Test
    void theBrowserRanksLikeTheCommandForEveryRelevanceQuery() throws Exception {
        List<String> failures = new ArrayList<>();
        for (BuiltSite.Query q : BuiltSite.relevanceSet()) {
            List<String> browser = browserTop(q.query(), 5);
            List<SearchHit> cli = engine.search(q.query(), RankingModel.TOP_SECTIONS);
            List<String> cliTop = cli.stream().limit(5).map(SearchHit::url).toList();
            if (!browser.subList(0, Math.min(3, browser.size())).contains(q.expected())) {
                failures.add(q.query() + ": browser top 3 " + browser + " lacks " + q.expected());
            }
            if (!sameUpToTies(browser, cliTop, cli)) {
                failures.add(q.query() + ": browser " + browser + " but dossier search " + cliTop);
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    /** Equal lists, or lists that differ only where the command's scores are within {@link #TIE}. */
    static boolean sameUpToTies(List<String> browser, List<String> cliTop, List<SearchHit> cli) {
        if (browser.equals(cliTop)) return true;
        if (browser.size() != cliTop.size()) return false;
        Map<String, Float> score = new HashMap<>();
        for (SearchHit h : cli) score.put(h.url(), h.score());
        for (int i = 0; i < browser.size(); i++) {
            if (browser.get(i).equals(cliTop.get(i))) continue;
            Float a = score.get(browser.get(i)), b = score.get(cliTop.get(i));
            if (a == null || b == null || Math.abs(a - b) > TIE) return false;
        }
        return true;
    }

    @Test
    void searchesAsYouTypeAndAnnouncesTheCount() {
        driver.get(searchPage.toUri().toString());
        WebElement input = driver.findElement(By.id("zoekterm"));
        input.sendKeys("kroongetu");
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> "kroongetu".equals(
                d.findElement(By.id("search-results")).getAttribute("data-query")));
        WebElement first = driver.findElement(By.cssSelector("#search-results [data-result]"));
        assertTrue(first.getAttribute("href").endsWith("ondersteuning-beleid/index.html#kroongetuigenregeling"));
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
        driver.get(url(attack));
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> attack.equals(
                d.findElement(By.id("search-results")).getAttribute("data-query")));
        assertTrue(driver.findElement(By.id("zoek-status")).getText().contains(attack));
        assertEquals(0, driver.findElements(By.cssSelector("#zoeken img")).size());
        assertThrows(NoAlertPresentException.class, () -> driver.switchTo().alert());
        assertEquals(attack, driver.findElement(By.id("zoekterm")).getAttribute("value"));
    }

    @Test
    void aTypoIsCorrectedInOneRoundOfFiles() {
        browserTop("kroongetuigenregling", 5);
        assertEquals(1L, ((JavascriptExecutor) driver).executeScript("return window.dossierSearchStats.queries[0].rounds"));
    }

    @Test
    void loadsOnlyWhatTheQueryNeeds() {
        browserTop("briefgeheim", 5);
        @SuppressWarnings("unchecked")
        List<String> files = (List<String>) ((JavascriptExecutor) driver).executeScript("return window.dossierSearchStats.files");
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
