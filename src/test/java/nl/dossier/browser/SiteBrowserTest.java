package nl.dossier.browser;

import nl.dossier.TestSites;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.json.Json;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every page of the real site in headless Chromium, served over http from 127.0.0.1: axe-core in
 * light and dark mode, keyboard-only use, no horizontal scrolling at 320 px, no request to
 * another host, no cookies or browser storage (screenshots: VisualBrowserTest). One browser for
 * the whole class.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SiteBrowserTest {
    static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    static final String HOME = "index.html";
    static final String AREA = "bestrijding-drugssmokkel/index.html";

    static Path site;
    static List<String> pages;
    static StaticServer server;
    static ChromeDriver driver;
    static String axe;

    @BeforeAll
    static void start() throws IOException {
        site = TestSites.realSiteDir();
        try (Stream<Path> walk = Files.walk(site)) {
            pages = walk.filter(p -> p.toString().endsWith(".html"))
                    .map(p -> site.relativize(p).toString().replace('\\', '/')).sorted().toList();
        }
        assertTrue(pages.size() >= 13, "the real site has at least 13 pages, found " + pages);
        axe = Files.readString(NodePackages.axeScript());
        server = new StaticServer(site);
        driver = Chromium.start();
    }

    @AfterAll
    static void stop() {
        if (driver != null) driver.quit();
        if (server != null) server.close();
    }

    private static void open(String page) {
        driver.get(server.url(page));
    }

    @Test
    @Order(1)
    void axeFindsNoWcagViolationsOnAnyPageInLightOrDarkMode() {
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (String scheme : List.of("light", "dark")) {
            Chromium.colorScheme(driver, scheme);
            for (String page : pages) {
                open(page);
                String dark = String.valueOf(driver.executeScript("return matchMedia('(prefers-color-scheme: dark)').matches"));
                assertEquals(String.valueOf(scheme.equals("dark")), dark, "emulated colour scheme is in effect");
                driver.executeScript(axe);
                Object result = driver.executeAsyncScript("""
                        const done = arguments[arguments.length - 1];
                        axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})
                          .then(r => done(JSON.stringify({passes: r.passes.length, violations: r.violations.map(v => ({
                              id: v.id, impact: v.impact, help: v.help,
                              nodes: v.nodes.map(n => ({target: n.target, summary: n.failureSummary}))}))})))
                          .catch(e => done(JSON.stringify({error: String(e)})));
                        """, WCAG_TAGS);
                Map<String, Object> r = new Json().toType((String) result, Map.class);
                assertFalse(r.containsKey("error"), page + ": axe failed: " + r.get("error"));
                @SuppressWarnings("unchecked")
                List<Map<String, Object>> violations = (List<Map<String, Object>>) r.get("violations");
                for (Map<String, Object> v : violations) {
                    StringBuilder s = new StringBuilder(page + " [" + scheme + "] " + v.get("id") + " (" + v.get("impact") + "): " + v.get("help"));
                    @SuppressWarnings("unchecked")
                    List<Map<String, Object>> nodes = (List<Map<String, Object>>) v.get("nodes");
                    for (Map<String, Object> n : nodes) s.append("\n    ").append(n.get("target")).append(" — ").append(String.valueOf(n.get("summary")).replace("\n", " "));
                    problems.add(s.toString());
                }
                checked++;
            }
        }
        Chromium.colorScheme(driver, "light");
        System.out.printf("axe-core: %d page views (%d pages, light and dark), %d violations%n", checked, pages.size(), problems.size());
        assertEquals(List.of(), problems, "axe-core violations (WCAG 2.0/2.1 A and AA):\n" + String.join("\n", problems));
    }

    /** Every element a Tab press can reach, in DOM order (the site uses no positive tabindex). */
    private static final String FOCUSABLES = """
            window.__stops = Array.from(document.querySelectorAll(
                'a[href], area[href], button:not([disabled]), input:not([disabled]):not([type=hidden]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])'))
              .filter(e => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden');
            return window.__stops.length;
            """;

    /** Index of the focused element among the stops, and whether its focus indicator shows. */
    private static final String FOCUSED = """
            const e = document.activeElement;
            const s = getComputedStyle(e);
            const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;
            const shadow = s.boxShadow && s.boxShadow !== 'none';
            return [window.__stops.indexOf(e), outline || shadow, e.outerHTML.slice(0, 120), e.matches(':focus-visible')];
            """;

    @Test
    @Order(2)
    void skipLinkIsTheFirstTabStopAndMovesFocusToMain() {
        for (String page : List.of(HOME, AREA)) {
            open(page);
            new Actions(driver).sendKeys(Keys.TAB).perform();
            assertEquals("skiplink", driver.executeScript("return document.activeElement.className"), page + ": first Tab stop");
            assertEquals(Boolean.TRUE, driver.executeScript("return document.activeElement.getBoundingClientRect().width > 20"),
                    page + ": the focused skip link is visible");
            new Actions(driver).sendKeys(Keys.ENTER).perform();
            assertEquals("inhoud", driver.executeScript("return document.activeElement.id"), page + ": Enter on the skip link focuses main");
            new Actions(driver).sendKeys(Keys.TAB).perform();
            assertEquals(Boolean.TRUE, driver.executeScript("return document.getElementById('inhoud').contains(document.activeElement)"),
                    page + ": the next Tab stop is inside main");
        }
    }

    @Test
    @Order(3)
    void everyLinkAndFieldIsReachableWithTabInDomOrderWithVisibleFocus() {
        List<String> problems = new ArrayList<>();
        int stopsTotal = 0;
        for (String page : pages) {
            open(page);
            long stops = (Long) driver.executeScript(FOCUSABLES);
            driver.executeScript("document.activeElement && document.activeElement.blur(); window.getSelection().removeAllRanges();");
            for (int i = 0; i < stops; i++) {
                new Actions(driver).sendKeys(Keys.TAB).perform();
                List<?> f = (List<?>) driver.executeScript(FOCUSED);
                long index = (Long) f.get(0);
                if (index != i) {
                    problems.add(page + ": Tab stop " + i + " should be element " + i + " in DOM order, is " + index + ": " + f.get(2));
                    break;
                }
                if (!Boolean.TRUE.equals(f.get(1)) || !Boolean.TRUE.equals(f.get(3))) {
                    problems.add(page + ": no visible focus indicator on Tab stop " + i + ": " + f.get(2));
                }
            }
            stopsTotal += stops;
        }
        System.out.printf("keyboard: %d Tab stops on %d pages walked%n", stopsTotal, pages.size());
        assertEquals(List.of(), problems);
    }

    @Test
    @Order(4)
    void noHorizontalScrollingAt320PxOnAnyPage() {
        List<String> problems = new ArrayList<>();
        try {
            Chromium.viewport(driver, 320, 640);
            for (String page : pages) {
                open(page);
                List<?> w = (List<?>) driver.executeScript(
                        "return [document.documentElement.scrollWidth, document.documentElement.clientWidth, innerWidth]");
                long scroll = (Long) w.get(0);
                long client = (Long) w.get(1);
                // Mobile emulation widens the layout viewport to fit content that is too wide, so a
                // viewport wider than 320 px is itself the sign of horizontal overflow.
                long viewport = (Long) w.get(2);
                if (scroll > client || viewport > 320) {
                    Object widest = driver.executeScript("""
                            return Array.from(document.querySelectorAll('body *'))
                              .filter(e => e.getBoundingClientRect().right > 320.5)
                              .slice(0, 5).map(e => e.tagName + '.' + e.className + '#' + e.id).join(', ')""");
                    problems.add(page + ": viewport " + viewport + ", scrollWidth " + scroll + " > clientWidth " + client + " (" + widest + ")");
                }
            }
        } finally {
            Chromium.resetViewport(driver);
        }
        assertEquals(List.of(), problems);
    }

    /**
     * The reading frame: on wide screens the chapter's pages and the page's contents stay in view
     * far down a long page; on a phone the header is compact and the title near the top; the
     * search page has one search field.
     */
    @Test
    @Order(5)
    void navigationStaysInViewOnWideScreensAndTheTitleIsNearTheTopOnPhones() {
        List<String> problems = new ArrayList<>();
        try {
            for (int width : new int[] {1280, 1920}) {
                Chromium.viewport(driver, width, 900);
                open(AREA);
                // Far down the text (at the very end the frame's end pushes a tall sidebar up, as it should).
                driver.executeScript("window.scrollTo(0, (document.documentElement.scrollHeight - innerHeight) * 0.7)");
                @SuppressWarnings("unchecked")
                List<Object> inView = (List<Object>) driver.executeScript("""
                        return ['.hoofdstuk nav', '.artikel > .snel-naar'].map(s => {
                          const e = document.querySelector(s);
                          const r = e && e.getBoundingClientRect();
                          return !!r && r.width > 100 && r.top >= 0 && r.top < innerHeight / 2 && r.bottom > 0;
                        })""");
                if (!inView.equals(List.of(true, true))) {
                    problems.add(width + " px, scrolled down: chapter, page contents in view: " + inView);
                }
            }
            Chromium.viewport(driver, 375, 667);
            open(AREA);
            @SuppressWarnings("unchecked")
            List<Number> tops = (List<Number>) driver.executeScript(
                    "return [document.querySelector('header.kop').getBoundingClientRect().height, document.querySelector('h1').getBoundingClientRect().top]");
            if (tops.get(0).doubleValue() > 120 || tops.get(1).doubleValue() > 300) {
                problems.add("375 px: header " + tops.get(0) + " px tall (at most 120), title at " + tops.get(1) + " px (at most 300)");
            }
        } finally {
            Chromium.resetViewport(driver);
        }
        open(AREA);
        Object current = driver.executeScript(
                "const page = u => u.replace(/index\\.html$/, '');"
                + "return Array.from(document.querySelectorAll('.hoofdstuk [aria-current=page]')).map(a => page(a.href) === page(location.href))");
        if (!List.of(true).equals(current)) problems.add("the chapter's pages mark the current page once: " + current);
        open("zoeken/index.html");
        Object fields = driver.executeScript("return document.querySelectorAll('input[type=search]').length");
        if (!Long.valueOf(1).equals(fields)) problems.add("the search page has " + fields + " search fields");
        assertEquals(List.of(), problems);
    }

    @Test
    @Order(6)
    void everyRequestStaysOnTheSiteAndNothingIsStoredInTheBrowser() {
        List<String> problems = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        String origin = server.origin() + "/";
        driver.manage().logs().get(LogType.PERFORMANCE); // drop what earlier tests logged
        for (String page : pages) {
            open(page);
            // Give late requests (the favicon) a moment, then read what the page itself saw …
            driver.executeAsyncScript("const done = arguments[arguments.length - 1]; setTimeout(done, 150);");
            @SuppressWarnings("unchecked")
            List<String> resources = (List<String>) driver.executeScript(
                    "return performance.getEntriesByType('resource').map(e => e.name)");
            List<String> urls = new ArrayList<>(resources);
            // … and every request the browser sent, favicon included, from DevTools' network log.
            for (LogEntry e : driver.manage().logs().get(LogType.PERFORMANCE)) {
                Map<String, Object> msg = new Json().toType(e.getMessage(), Map.class);
                @SuppressWarnings("unchecked")
                Map<String, Object> m = (Map<String, Object>) msg.get("message");
                if ("Network.requestWillBeSent".equals(m.get("method"))) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> params = (Map<String, Object>) m.get("params");
                    @SuppressWarnings("unchecked")
                    Map<String, Object> request = (Map<String, Object>) params.get("request");
                    urls.add((String) request.get("url"));
                }
            }
            for (String u : urls) {
                seen.add(u);
                if (!u.startsWith(origin) && !u.startsWith("data:")) problems.add(page + " requested " + u);
            }
            List<?> storage = (List<?>) driver.executeScript(
                    "return [document.cookie, localStorage.length, sessionStorage.length]");
            if (!"".equals(storage.get(0)) || (Long) storage.get(1) != 0 || (Long) storage.get(2) != 0) {
                problems.add(page + ": cookies or storage in use: " + storage);
            }
        }
        assertTrue(driver.manage().getCookies().isEmpty(), "no cookies set: " + driver.manage().getCookies());
        assertTrue(seen.stream().anyMatch(u -> u.matches(".*/assets/css/site(\\.[0-9a-f]{10})?\\.css")), "the request log works: " + seen);
        System.out.printf("network: %d distinct URLs requested, all from %s%n", seen.size(), server.origin());
        assertEquals(List.of(), problems);
    }
}
