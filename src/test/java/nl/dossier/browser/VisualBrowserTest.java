package nl.dossier.browser;

import nl.dossier.TestSites;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Visual regression: screenshots of the home page, an area page, the glossary, the
 * bibliography, the search page with results and the one-page chapter, at 320, 768, 1280 and
 * 1920 px in the light and the dark colour scheme, compared with the reference PNGs in
 * {@code src/test/resources/nl/dossier/browser/visual/}, so that a change of style is a reviewed
 * change. Each page is loaded once in one browser and shot at every width and scheme; a shot is
 * the top of the page, at most {@value #MAX_HEIGHT} px. A pixel differs when a colour channel is
 * more than {@value #THRESHOLD} off; a shot fails when more than {@value #MAX_SHARE} of its
 * pixels differ (or its size changed), and then the shot, the reference and a diff image (the
 * differences in red) are written to {@code target/visual/}.
 *
 * <p>After a deliberate change of style or text, write the references anew and review them in
 * the diff of the commit:
 * <pre>mvn -B test -Dtest=VisualBrowserTest -Ddossier.visual.update=true</pre>
 */
class VisualBrowserTest {
    static final Map<String, String> PAGES = pages();
    static final List<Integer> WIDTHS = List.of(320, 768, 1280, 1920);
    static final List<String> SCHEMES = List.of("light", "dark");
    static final int MAX_HEIGHT = 1600;
    static final int THRESHOLD = 40;
    static final double MAX_SHARE = 0.005;
    static final String UPDATE = "dossier.visual.update";

    private static Map<String, String> pages() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("home", "index.html");
        m.put("area", "bestrijding-drugssmokkel/index.html");
        m.put("glossary", "begrippen/index.html");
        m.put("bibliography", "bronnen/index.html");
        m.put("search", "zoeken/index.html?q=drugssmokkel%20haven");
        m.put("complete", "volledig/index.html");
        return m;
    }

    static Path references() {
        return TestSites.projectRoot().resolve("src/test/resources/nl/dossier/browser/visual");
    }

    @Test
    void everyPageLooksAsItsReferenceAtEveryWidthInBothColourSchemes() throws IOException {
        Browsers.assumeInstalled();
        boolean update = Boolean.getBoolean(UPDATE);
        Path refs = references();
        Path out = TestSites.projectRoot().resolve("target/visual");
        Files.createDirectories(refs);
        Files.createDirectories(out);
        List<String> problems = new ArrayList<>();
        int compared = 0;
        ChromeDriver driver = Chromium.start();
        try (StaticServer server = new StaticServer(TestSites.realSiteDir())) {
            for (var page : PAGES.entrySet()) {
                driver.get(server.url(page.getValue()));
                if (page.getKey().equals("search")) {
                    new WebDriverWait(driver, Duration.ofSeconds(20))
                            .until(d -> !d.findElements(By.cssSelector("#search-results a[data-result]")).isEmpty());
                }
                for (int width : WIDTHS) {
                    for (String scheme : SCHEMES) {
                        String name = page.getKey() + "-" + width + "-" + scheme + ".png";
                        byte[] png = shot(driver, width, scheme);
                        Path ref = refs.resolve(name);
                        if (update) {
                            writeCompact(ImageIO.read(new ByteArrayInputStream(png)), ref);
                            continue;
                        }
                        if (!Files.isRegularFile(ref)) {
                            Files.write(out.resolve(name), png);
                            problems.add(name + ": no reference (write the references with -D" + UPDATE + "=true)");
                            continue;
                        }
                        BufferedImage expected = ImageIO.read(ref.toFile());
                        BufferedImage actual = ImageIO.read(new ByteArrayInputStream(png));
                        ImageDiff diff = ImageDiff.of(expected, actual, THRESHOLD);
                        compared++;
                        if (!diff.matches(MAX_SHARE) || expected.getWidth() != actual.getWidth() || expected.getHeight() != actual.getHeight()) {
                            String base = name.substring(0, name.length() - 4);
                            Files.write(out.resolve(base + "-actual.png"), png);
                            Files.copy(ref, out.resolve(base + "-expected.png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                            ImageIO.write(diff.image(), "png", out.resolve(base + "-diff.png").toFile());
                            problems.add(String.format("%s: %.2f %% of the pixels differ (%dx%d, reference %dx%d); see %s",
                                    name, diff.share() * 100, actual.getWidth(), actual.getHeight(), expected.getWidth(),
                                    expected.getHeight(), out.resolve(base + "-diff.png")));
                        }
                    }
                }
            }
        } finally {
            driver.quit();
        }
        if (update) {
            System.out.printf("visual: %d references written to %s%n", PAGES.size() * WIDTHS.size() * SCHEMES.size(), refs);
            return;
        }
        System.out.printf("visual: %d screenshots compared with their references%n", compared);
        assertEquals(List.of(), problems, "screenshots that differ from their reference (if the change is meant, write the"
                + " references anew: mvn -B test -Dtest=VisualBrowserTest -D" + UPDATE + "=true)");
        assertTrue(compared == PAGES.size() * WIDTHS.size() * SCHEMES.size());
    }

    /**
     * The top of the page at this width and colour scheme, as PNG: the viewport is set to the
     * width, then made as tall as the page (at most {@link #MAX_HEIGHT}), so the shot is what a
     * reader sees, with sticky parts where a reader at the top of the page sees them.
     */
    @SuppressWarnings("unchecked")
    private static byte[] shot(ChromeDriver driver, int width, String scheme) {
        Chromium.colorScheme(driver, scheme);
        Chromium.viewport(driver, width, 900);
        settle(driver);
        long height = Math.min(MAX_HEIGHT, (Long) driver.executeScript(
                "window.scrollTo(0, 0); return Math.ceil(document.documentElement.scrollHeight)"));
        Chromium.viewport(driver, width, (int) height);
        settle(driver);
        Map<String, Object> png = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png"));
        return Base64.getDecoder().decode((String) png.get("data"));
    }

    /**
     * Writes a reference as RGB without alpha at the highest compression: a fifth smaller than
     * the browser's PNG, the same pixels.
     */
    static void writeCompact(BufferedImage image, Path file) throws IOException {
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_3BYTE_BGR);
        rgb.getGraphics().drawImage(image, 0, 0, null);
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(0f);
        Files.deleteIfExists(file);
        try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(rgb, null, null), param);
        } finally {
            writer.dispose();
        }
    }

    /** Waits for fonts and two frames, so the layout after a change of viewport or scheme is painted. */
    private static void settle(ChromeDriver driver) {
        driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                document.fonts.ready.then(() => requestAnimationFrame(() => requestAnimationFrame(() => done())));
                """);
    }
}
