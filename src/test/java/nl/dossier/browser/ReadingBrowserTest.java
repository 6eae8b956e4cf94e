package nl.dossier.browser;

import nl.dossier.TestSites;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The real site read in headless Chromium at a phone's, a tablet's and two desktops' widths: no
 * word of a heading, card, list or paragraph is broken across lines without a hyphen (Chromium
 * on Linux has no Dutch dictionary; the soft hyphens Dossier writes are what it breaks at), and
 * the bibliography is no longer than the longest policy-area page.
 */
class ReadingBrowserTest {
    static final int[] WIDTHS = {320, 768, 1280, 1920};

    /**
     * For each word in the reading text, the lines its letters lie on (one Range per letter, only
     * for the words whose box spans more than one line); a line change must follow a soft hyphen
     * (shown as a hyphen), a hyphen, a dash or a slash. Addresses (a.url, or a word with "://")
     * may break anywhere.
     */
    static final String BROKEN_WORDS = """
            const roots = document.querySelectorAll('main h1, main h2, main h3, main h4, main p, main li, main dt, main dd, main td, main th, .kruimelpad li');
            const seen = new Set(), broken = [];
            const lineOf = r => Math.round(r.top);
            for (const root of roots) {
              const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
              for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                if (seen.has(node) || node.parentElement.closest('a.url, code, script, style, .visueel-verborgen')) continue;
                seen.add(node);
                const text = node.data;
                const words = /[^\\s]+/g;
                for (let m = words.exec(text); m; m = words.exec(text)) {
                  const range = document.createRange();
                  range.setStart(node, m.index);
                  range.setEnd(node, m.index + m[0].length);
                  if (m[0].includes('://')) continue;
                  const rects = [...range.getClientRects()].filter(r => r.width > 0);
                  if (new Set(rects.map(lineOf)).size < 2) continue;
                  let previous = null;
                  for (let i = 0; i < m[0].length; i++) {
                    const letter = document.createRange();
                    letter.setStart(node, m.index + i);
                    letter.setEnd(node, m.index + i + 1);
                    // A letter just after a soft hyphen at a line's end also reports a box at the
                    // end of the line above (the hyphen shown there): the letter's line is its lowest.
                    const boxes = [...letter.getClientRects()].filter(r => r.width > 0);
                    if (boxes.length === 0) continue;
                    const line = Math.max(...boxes.map(lineOf));
                    if (previous !== null && line > previous.line + 2 && ![...m[0].slice(previous.at, i)].some(c => '\\u00AD-–—/'.includes(c))) {
                      broken.push(m[0].replace(/\\u00AD/g, '') + ' after "' + m[0].slice(0, i).replace(/\\u00AD/g, '') + '"');
                      break;
                    }
                    previous = {line: line, at: i};
                  }
                }
              }
            }
            return broken;
            """;

    static Path site;
    static List<String> pages;
    static StaticServer server;
    static ChromeDriver driver;

    @BeforeAll
    static void start() throws IOException {
        Browsers.assumeInstalled();
        site = TestSites.realSiteDir();
        try (Stream<Path> walk = Files.walk(site)) {
            pages = walk.filter(p -> p.toString().endsWith(".html"))
                    .map(p -> site.relativize(p).toString().replace('\\', '/')).sorted().toList();
        }
        server = new StaticServer(site);
        driver = Chromium.start();
    }

    @AfterAll
    static void stop() {
        if (driver != null) driver.quit();
        if (server != null) server.close();
    }

    @Test
    void noWordIsBrokenWithoutAHyphenAtAnyWidth() {
        List<String> problems = new ArrayList<>();
        int words = 0;
        for (int width : WIDTHS) {
            Chromium.viewport(driver, width, 900);
            for (String page : pages) {
                driver.get(server.url(page));
                @SuppressWarnings("unchecked")
                List<String> broken = (List<String>) driver.executeScript(BROKEN_WORDS);
                for (String b : broken) problems.add(width + " px, " + page + ": " + b);
                words++;
            }
        }
        Chromium.resetViewport(driver);
        assertTrue(words >= 4 * 13, "every page at every width was read: " + words);
        assertEquals(List.of(), problems, "words broken across lines without a hyphen");
    }

    @Test
    void theBibliographyIsNoLongerThanTheLongestAreaPageAt1280Px() {
        Chromium.viewport(driver, 1280, 900);
        long longestArea = 0;
        String longest = null;
        for (String page : pages) {
            if (!page.matches("[a-z-]+/index\\.html") || !isArea(page)) continue;
            long h = height(page);
            if (h > longestArea) {
                longestArea = h;
                longest = page;
            }
        }
        long bibliography = height("bronnen/index.html");
        Chromium.resetViewport(driver);
        assertTrue(longest != null, "the area pages were measured");
        assertTrue(bibliography <= longestArea,
                "bronnen/index.html is " + bibliography + " px tall at 1280 px, the longest area page (" + longest + ") " + longestArea + " px");
    }

    private static boolean isArea(String page) {
        driver.get(server.url(page));
        return (Boolean) driver.executeScript("return document.querySelector('main .snel-naar') !== null && !document.querySelector('.volledig')");
    }

    private static long height(String page) {
        driver.get(server.url(page));
        return ((Number) driver.executeScript("return document.documentElement.scrollHeight")).longValue();
    }
}
