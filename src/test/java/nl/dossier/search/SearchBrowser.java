package nl.dossier.search;

import nl.dossier.TestFiles;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Headless Chromium (system {@code chromium} and {@code chromedriver}, overridable with
 * {@code -Dchromium=} / {@code -Dchromedriver=}) on a built site's search page, opened from disk
 * (file://, under the page's Content-Security-Policy).
 */
final class SearchBrowser implements AutoCloseable {
    /** Exported impacts are rounded to 1/1000; sums of a few words may differ this much. */
    static final double TIE = 0.01;

    final WebDriver driver;
    private final Path site;

    SearchBrowser(Path site) throws IOException {
        this.site = site;
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + TestFiles.temporaryFolder("dossier-chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("chromedriver", "/usr/bin/chromedriver"))).build();
        driver = new ChromeDriver(service, options);
    }

    Path searchPage() {
        return site.resolve("zoeken/index.html");
    }

    String url(String query) {
        return searchPage().toUri() + "?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Opens the search page with ?q= and returns the addresses of the first n results, relative to the site, once shown. */
    List<String> top(String query, int n) {
        driver.get(url(query));
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> query.equals(
                d.findElement(By.id("search-results")).getAttribute("data-query")));
        List<String> out = new ArrayList<>();
        for (WebElement a : driver.findElements(By.cssSelector("#search-results [data-result]"))) {
            if (out.size() == n) break;
            out.add(address(a.getAttribute("href")));
        }
        return out;
    }

    /**
     * Enters each query in turn into the field of one loaded search page and submits it (as a
     * reader pressing Enter, which skips the pause after typing), and returns for each the addresses
     * of its first n results, relative to the site. One page load and one script call for all queries.
     */
    @SuppressWarnings("unchecked")
    List<List<String>> topOfEach(List<String> queries, int n) {
        driver.get(searchPage().toUri().toString());
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20L + queries.size()));
        List<List<String>> hrefs = (List<List<String>>) ((JavascriptExecutor) driver).executeAsyncScript("""
                var queries = arguments[0], n = arguments[1], done = arguments[arguments.length - 1];
                var input = document.getElementById('zoekterm'), form = document.getElementById('zoekformulier');
                var results = document.getElementById('search-results');
                var out = [];
                function next(i) {
                  if (i === queries.length) { done(out); return; }
                  results.removeAttribute('data-query');
                  input.value = queries[i];
                  form.requestSubmit();
                  (function shown() {
                    if (results.getAttribute('data-query') !== queries[i]) { setTimeout(shown, 5); return; }
                    out.push(Array.prototype.slice.call(results.querySelectorAll('[data-result]'), 0, n)
                      .map(function (a) { return a.href; }));
                    next(i + 1);
                  })();
                }
                next(0);
                """, queries, n);
        return hrefs.stream().map(list -> list.stream().map(this::address).toList()).toList();
    }

    /**
     * A result's address as the index has it ("ondersteuning-beleid/#kroongetuigenregeling"): the
     * page here is opened from disk, where search.js links a page's index.html instead of its folder.
     */
    private String address(String href) {
        String relative = href.substring(site.toUri().toString().length());
        int hash = relative.indexOf('#');
        String path = hash < 0 ? relative : relative.substring(0, hash);
        if (path.endsWith("index.html")) path = path.substring(0, path.length() - "index.html".length());
        return (path.isEmpty() ? "./" : path) + (hash < 0 ? "" : relative.substring(hash));
    }

    /** As {@link #top}, each address followed by the score the page shows for it (data-score). */
    List<String> topWithScores(String query, int n) {
        top(query, n);
        List<String> out = new ArrayList<>();
        for (WebElement a : driver.findElements(By.cssSelector("#search-results [data-result]"))) {
            if (out.size() == n) break;
            out.add(address(a.getAttribute("href")) + " " + a.getAttribute("data-score"));
        }
        return out;
    }

    /** The live region's text: the number of results. */
    String status() {
        return driver.findElement(By.id("zoek-status")).getText();
    }

    Object script(String js) {
        return ((JavascriptExecutor) driver).executeScript(js);
    }

    /** The statistics search.js keeps of the last query on this page (files, rounds, steps, cut stems). */
    @SuppressWarnings("unchecked")
    Map<String, Object> lastQuery() {
        return (Map<String, Object>) script("var q = window.dossierSearchStats.queries; return q[q.length - 1];");
    }

    @SuppressWarnings("unchecked")
    List<String> filesLoaded() {
        return (List<String>) script("return window.dossierSearchStats.files");
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

    @Override
    public void close() {
        driver.quit();
    }
}
