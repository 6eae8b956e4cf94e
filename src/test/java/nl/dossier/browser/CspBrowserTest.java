package nl.dossier.browser;

import nl.dossier.TestFiles;
import nl.dossier.TestSites;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.tomlj.Toml;
import org.tomlj.TomlArray;
import org.tomlj.TomlParseResult;
import org.tomlj.TomlTable;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every page of the real site, served with the Content-Security-Policy from netlify.toml
 * enforced, loads without a single violation: the browser reports each one to the test server
 * (report-uri) and logs it to the console; both must stay empty. The search page also runs a
 * query, so the client's DOM updates happen under the policy too.
 */
class CspBrowserTest {

    static String policyFromNetlifyToml() throws IOException {
        TomlParseResult toml = Toml.parse(TestSites.projectRoot().resolve("netlify.toml"));
        assertFalse(toml.hasErrors(), toml.errors().toString());
        TomlArray rules = toml.getArray("headers");
        for (int i = 0; i < rules.size(); i++) {
            TomlTable rule = rules.getTable(i);
            if ("/*".equals(rule.getString("for"))) {
                String csp = rule.getTable("values").getString("Content-Security-Policy");
                assertNotNull(csp, "netlify.toml sets a Content-Security-Policy for /*");
                return csp;
            }
        }
        throw new AssertionError("netlify.toml has no headers for /*");
    }

    @Test
    void everyPageLoadsWithoutAPolicyViolation() throws Exception {
        Browsers.assumeInstalled();
        String policy = policyFromNetlifyToml();
        assertFalse(policy.contains("unsafe-inline"), policy);
        Path site = TestSites.realSiteDir();
        List<String> pages;
        try (Stream<Path> walk = Files.walk(site)) {
            pages = walk.filter(p -> p.toString().endsWith(".html")).map(p -> site.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        }
        List<String> problems = new ArrayList<>();
        try (StaticServer server = new StaticServer(site, Map.of("Content-Security-Policy",
                policy + "; report-uri " + StaticServer.REPORT_PATH));
             Browsers.Browser browser = Browsers.chromium()) {
            for (String page : pages) {
                browser.driver().get(server.url(page));
                browser.awaitPage(server.url(page));
                for (String log : browser.severeLogs()) problems.add(page + ": " + log);
            }
            // A query on the search page: results are built in the DOM by search.js.
            browser.driver().get(server.url("zoeken/index.html?q=drugssmokkel%20haven"));
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                    .until(d -> !d.findElements(By.cssSelector("#search-results a[data-result]")).isEmpty());
            for (String log : browser.severeLogs()) problems.add("zoeken/?q=…: " + log);
            Thread.sleep(500); // reports are sent asynchronously
            for (String report : server.reports()) problems.add("violation report: " + report);
        }
        assertTrue(pages.size() >= 15, "every page of the site: " + pages);
        assertEquals(List.of(), problems);
    }

    @Test
    void aViolationIsReallyReported() throws Exception {
        // Proves the check above can fail: a page with an inline script under the same policy.
        Browsers.assumeInstalled();
        Path dir = TestFiles.temporaryFolder("csp-proof");
        Files.writeString(dir.resolve("index.html"), "<!doctype html><html lang=nl><title>x</title><script>document.title='y'</script></html>");
        try (StaticServer server = new StaticServer(dir, Map.of("Content-Security-Policy",
                policyFromNetlifyToml() + "; report-uri " + StaticServer.REPORT_PATH));
             Browsers.Browser browser = Browsers.chromium()) {
            browser.driver().get(server.url("index.html"));
            assertEquals("x", browser.driver().getTitle(), "the inline script was blocked");
            long end = System.currentTimeMillis() + 5000;
            while (server.reports().isEmpty() && System.currentTimeMillis() < end) Thread.sleep(100);
            assertFalse(server.reports().isEmpty(), "the browser reported the violation");
        }
    }
}
