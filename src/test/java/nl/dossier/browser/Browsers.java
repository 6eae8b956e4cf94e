package nl.dossier.browser;

import nl.dossier.TestFiles;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;

/**
 * Shared set-up for browser tests: Debian's headless Chromium through its own chromedriver
 * (Selenium downloads nothing), a fresh profile per browser, console logging switched on so a
 * test can fail on console errors and on failed loads (which Chromium reports there as SEVERE,
 * also for file:// URLs).
 *
 * <pre>
 * try (var browser = Browsers.chromium()) {
 *     browser.driver().get(url);
 *     assertEquals(List.of(), browser.severeLogs());
 * }
 * </pre>
 */
public final class Browsers {
    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private Browsers() {
    }

    /** Skips the test where Chromium is not installed; on CI (.ci/run installs it) that is a failure. */
    public static void assumeInstalled() {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed && System.getenv("CI") != null) {
            throw new AssertionError("CI must have chromium and chromium-driver (.ci/run installs them)");
        }
        Assumptions.assumeTrue(installed, "browser tests need Debian's chromium and chromium-driver");
    }

    /** A running headless Chromium; close it to quit the browser and remove its profile. */
    public record Browser(ChromeDriver driver, Path profile) implements AutoCloseable {
        /** Console entries at SEVERE since the last call (reading the log empties it). */
        public List<String> severeLogs() {
            return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                    .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                    .map(LogEntry::toString).toList();
        }

        /** Waits until the page at {@code url} (without fragment) has loaded. */
        public void awaitPage(String url) {
            new WebDriverWait(driver, Duration.ofSeconds(15)).until(d ->
                    stripFragment(d.getCurrentUrl()).equals(stripFragment(url))
                            && "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
        }

        public Object script(String js, Object... args) {
            return ((JavascriptExecutor) driver).executeScript(js, args);
        }

        @Override
        public void close() {
            try {
                driver.quit();
            } finally {
                deleteQuietly(profile);
            }
        }
    }

    public static String stripFragment(String url) {
        int hash = url.indexOf('#');
        return hash < 0 ? url : url.substring(0, hash);
    }

    public static Browser chromium() {
        Path profile;
        try {
            profile = TestFiles.temporaryFolder("dossier-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toString());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1280,900", "--user-data-dir=" + profile);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                .usingAnyFreePort()
                .build();
        try {
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            return new Browser(driver, profile);
        } catch (RuntimeException e) {
            deleteQuietly(profile);
            throw e;
        }
    }

    static void deleteQuietly(Path dir) {
        try (var walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // best effort: it is a temporary folder
        }
    }
}
