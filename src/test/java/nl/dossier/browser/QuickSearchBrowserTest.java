package nl.dossier.browser;

import nl.dossier.TestFiles;
import nl.dossier.TestSites;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.json.Json;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The header's quick search (assets/js/quick-search.js) as a keyboard user meets it: served with
 * the site's Content-Security-Policy and from disk in the offline copy. The engine (search.js) is
 * loaded only when the field gets focus; "/" focuses the field, typing shows the best sections
 * as options of a listbox, the arrows choose one, Enter opens it, Escape closes the list, and
 * Enter without a choice opens the search page. axe-core finds nothing while the list is open.
 */
class QuickSearchBrowserTest {
    static final String AREA = "bestrijding-drugssmokkel/index.html";
    static final String OPTIONS = "#kop-resultaten [role=option]";

    static Browsers.Browser browser;

    @BeforeAll
    static void start() {
        Browsers.assumeInstalled();
        browser = Browsers.chromium();
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.close();
    }

    private static WebDriverWait waiting() {
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(15));
    }

    private static void keys(CharSequence... keys) {
        new Actions(browser.driver()).sendKeys(keys).perform();
    }

    private static Object field(String property) {
        return browser.script("return document.getElementById('kop-zoekterm').getAttribute(arguments[0])", property);
    }

    /** Types a query after "/" and waits for its options; returns their number. */
    private static int typeQuery(String query) {
        assertEquals(Boolean.TRUE, browser.script("return typeof window.dossierSearchEngine === 'undefined'"),
                "the engine is not loaded before the field gets focus");
        keys("/");
        assertEquals("kop-zoekterm", browser.script("return document.activeElement.id"), "'/' focuses the header's field");
        keys(query);
        waiting().until(d -> d.findElements(By.cssSelector(OPTIONS)).size() > 1);
        assertEquals("true", field("aria-expanded"));
        assertEquals("combobox", field("role"));
        assertFalse(String.valueOf(browser.script("return document.querySelector('.kop-zoeken [role=status]').textContent")).isEmpty(),
                "the number of results is announced");
        return browser.driver().findElements(By.cssSelector(OPTIONS)).size();
    }

    /** Arrows, Escape and Enter on a page that has just been opened; returns the address Enter opened. */
    private static String chooseWithTheKeyboard(String page) {
        browser.driver().get(page);
        browser.awaitPage(page);
        int n = typeQuery("douane");
        assertEquals("douane", browser.script("return document.activeElement.value"), "'/' is not typed into the field");
        keys(Keys.ARROW_DOWN, Keys.ARROW_DOWN);
        assertEquals("kop-resultaat-1", field("aria-activedescendant"));
        assertEquals("true", browser.script("return document.getElementById('kop-resultaat-1').getAttribute('aria-selected')"));
        keys(Keys.ARROW_UP, Keys.ARROW_UP);
        assertEquals("kop-resultaat-" + (n - 1), field("aria-activedescendant"), "the arrows wrap around");
        keys(Keys.ESCAPE);
        assertEquals("false", field("aria-expanded"));
        assertEquals(Boolean.TRUE, browser.script("return document.getElementById('kop-resultaten').hidden"), "Escape closes the list");
        assertEquals("douane", browser.script("return document.activeElement.value"), "the query stays");
        keys(Keys.ARROW_DOWN);
        String target = (String) browser.script("return new URL(document.getElementById('kop-resultaat-0').dataset.href, location.href).href");
        keys(Keys.ENTER);
        waiting().until(d -> d.getCurrentUrl().equals(target));
        browser.awaitPage(target);
        assertEquals(Boolean.TRUE, browser.script("return document.querySelector(':target') !== null"), "the section is there: " + target);
        return target;
    }

    @Test
    void keyboardUseUnderTheSitesContentSecurityPolicy() throws IOException {
        String policy = CspBrowserTest.policyFromNetlifyToml();
        try (StaticServer server = new StaticServer(TestSites.realSiteDir(), Map.of("Content-Security-Policy",
                policy + "; report-uri " + StaticServer.REPORT_PATH))) {
            String target = chooseWithTheKeyboard(server.url(AREA));
            assertTrue(target.startsWith(server.origin()), target);
            assertTrue(target.contains("#"), "a result opens its section: " + target);

            // Enter without choosing opens the search page with the query.
            browser.driver().get(server.url(AREA));
            browser.awaitPage(server.url(AREA));
            typeQuery("kroongetuige");
            keys(Keys.ENTER);
            waiting().until(d -> d.getCurrentUrl().startsWith(server.url("zoeken/?q=kroongetuige")));
            waiting().until(d -> !d.findElements(By.cssSelector("#search-results a[data-result]")).isEmpty());
            assertEquals(List.of(), browser.severeLogs());
            assertEquals(List.of(), server.reports(), "no Content-Security-Policy violation");

            // "/" typed in a field stays in the field.
            browser.driver().get(server.url("index.html"));
            browser.awaitPage(server.url("index.html"));
            typeQuery("drugs");
            keys("/");
            assertEquals("drugs/", browser.script("return document.activeElement.value"));
        }
    }

    @Test
    void axeFindsNothingWhileTheListIsOpenInEitherColourScheme() throws IOException {
        String axe = Files.readString(NodePackages.axeScript());
        try (StaticServer server = new StaticServer(TestSites.realSiteDir())) {
            for (String scheme : List.of("light", "dark")) {
                browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features",
                        List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
                browser.driver().get(server.url("index.html"));
                browser.awaitPage(server.url("index.html"));
                typeQuery("haven");
                keys(Keys.ARROW_DOWN);
                browser.script(axe);
                Object result = ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeAsyncScript("""
                        const done = arguments[arguments.length - 1];
                        axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})
                          .then(r => done(JSON.stringify(r.violations.map(v => v.id + ': ' + v.nodes.map(n => n.target).join(' ')))))
                          .catch(e => done(JSON.stringify(['axe failed: ' + e])));
                        """, SiteBrowserTest.WCAG_TAGS);
                assertEquals(List.of(), new Json().toType((String) result, List.class), scheme);
            }
        }
    }

    @Test
    void worksFromDiskInTheOfflineCopy() throws IOException {
        Path to = TestFiles.temporaryFolder("dossier-quick-");
        try {
            try (ZipInputStream in = new ZipInputStream(Files.newInputStream(TestSites.realSite().zip()))) {
                for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                    Path target = to.resolve(e.getName()).normalize();
                    assertTrue(target.startsWith(to));
                    if (e.isDirectory()) continue;
                    Files.createDirectories(target.getParent());
                    Files.write(target, in.readAllBytes());
                }
            }
            Path root;
            try (var top = Files.list(to)) {
                root = top.findFirst().orElseThrow();
            }
            String target = chooseWithTheKeyboard(root.resolve(AREA).toUri().toString());
            assertTrue(target.startsWith(root.toUri().toString()), "the result stays in the copy: " + target);
            assertEquals(List.of(), browser.severeLogs(), "no failed file:// load");
        } finally {
            Browsers.deleteQuietly(to);
        }
    }
}
