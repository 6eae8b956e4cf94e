package nl.dossier.serve;

import nl.dossier.TestSites;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static nl.dossier.build.BuildCommandTest.copyProject;
import static nl.dossier.serve.LiveSiteTest.edit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The reload through a real browser (headless Chromium): a page open in the browser shows the
 * edit, the error page and the fix by itself; the test never calls refresh.
 */
class ServeBrowserTest {
    static final Duration TIMEOUT = Duration.ofSeconds(30);
    @TempDir
    static Path tmp;
    static Path proj;
    static DevServer server;
    static WebDriver browser;

    @BeforeAll
    static void start() throws IOException {
        proj = tmp.resolve("proj");
        copyProject(TestSites.projectRoot(), proj);
        server = DevServer.start(proj, 0, null);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getenv().getOrDefault("CHROME_BIN", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + Files.createDirectories(tmp.resolve("chromium-profile")));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver")))
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.quit();
        if (server != null) server.close();
    }

    /** Read in one script call, so a reload cannot happen between finding and reading; without soft hyphens. */
    private static String heading() {
        Object text = ((JavascriptExecutor) browser).executeScript(
                "var h = document.querySelector('h1'); return h ? h.textContent.replace(/\\u00AD/g, '').replace(/\\s+/g, ' ').trim() : '';");
        return text == null ? "" : text.toString();
    }

    @Test
    void theOpenPageReloadsByItselfOnEditErrorAndFix() throws IOException {
        browser.get(server.url() + "bestrijding-drugssmokkel/");
        assertTrue(heading().contains("Bestrijding drugssmokkel"), heading());
        // A marker that a reload clears: proves the page was reloaded, and not by us.
        ((JavascriptExecutor) browser).executeScript("window.__dossierMarker = 1;");
        // The page may reload between finding an element and reading it.
        var wait = new WebDriverWait(browser, TIMEOUT, Duration.ofMillis(100))
                .ignoring(WebDriverException.class);
        // The reload script has connected to the event stream.
        wait.until(d -> "connected".equals(d.findElement(By.tagName("html")).getAttribute("data-dossier-live")));

        Path page = proj.resolve("content/bestrijding-drugssmokkel.md");
        edit(page, "title: \"Bestrijding drugssmokkel\"", "title: \"Bestrijding van drugssmokkel\"");
        wait.until(d -> heading().contains("Bestrijding van drugssmokkel"));
        assertEquals(null, ((JavascriptExecutor) browser).executeScript("return window.__dossierMarker;"), "the page was reloaded");

        edit(page, "bloemenveilingen [28]", "bloemenveilingen [99]");
        wait.until(d -> heading().equals("De site kan niet worden gebouwd"));
        assertTrue(browser.findElement(By.cssSelector("code.plaats")).getText().startsWith("content/bestrijding-drugssmokkel.md:"));

        edit(page, "bloemenveilingen [99]", "bloemenveilingen [28]");
        wait.until(d -> heading().contains("Bestrijding van drugssmokkel"));
        assertTrue(browser.getCurrentUrl().endsWith("/bestrijding-drugssmokkel/"), browser.getCurrentUrl());
    }
}
