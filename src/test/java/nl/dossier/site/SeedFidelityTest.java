package nl.dossier.site;

import nl.dossier.TestSites;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Nothing of the source chapter is lost: every paragraph, bullet and reference of the seed text
 * appears word for word in the built site. The only differences allowed are the typo fixes
 * listed in src/test/resources/seed-corrections.tsv (documented in docs/content-notes.md).
 */
class SeedFidelityTest {
    static final Path SEED = TestSites.projectRoot().resolve("src/test/resources/seed/drugscriminaliteit-beleid.txt");

    static String siteText;
    static String bibliographyText;
    static Map<String, String> corrections;
    static List<String> seedLines;

    @BeforeAll
    static void readSite() throws IOException {
        Path site = TestSites.realSiteDir();
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(site)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
                all.append(normalize(Jsoup.parse(f.toFile(), "UTF-8").select("main").text())).append('\n');
            }
        }
        siteText = all.toString();
        bibliographyText = normalize(Jsoup.parse(site.resolve("bronnen/index.html").toFile(), "UTF-8").select("main").text());
        corrections = new LinkedHashMap<>();
        for (String line : Files.readAllLines(TestSites.projectRoot().resolve("src/test/resources/seed-corrections.tsv"))) {
            if (line.startsWith("#") || line.isBlank()) continue;
            String[] parts = line.split("\t", -1);
            corrections.put(parts[0], parts[1]);
        }
        seedLines = Files.readAllLines(SEED, StandardCharsets.UTF_8);
    }

    static String normalize(String s) {
        return s.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
    }

    private static String corrected(String seedText) {
        String s = seedText;
        for (var c : corrections.entrySet()) s = s.replace(c.getKey(), c.getValue());
        return normalize(s);
    }

    private static int referencesStart() {
        for (int i = 0; i < seedLines.size(); i++) if (seedLines.get(i).strip().equals("Aanvullende informatie")) return i;
        throw new AssertionError("seed has no 'Aanvullende informatie'");
    }

    @Test
    void everySeedCorrectionApplies() {
        String seed = String.join("\n", seedLines);
        for (String original : corrections.keySet()) {
            assertTrue(seed.contains(original), "correction no longer matches the seed: " + original);
        }
    }

    @Test
    void everyParagraphAndBulletIsOnTheSite() {
        int end = referencesStart();
        List<String> missing = new ArrayList<>();
        int checked = 0;
        // Line 1 is the source page's breadcrumb run together; it is the site's breadcrumb now.
        for (int i = 1; i < end; i++) {
            String line = seedLines.get(i).strip();
            if (line.startsWith("•")) line = line.substring(1).strip();
            if (line.isEmpty()) continue;
            checked++;
            String expected = corrected(line);
            if (!siteText.contains(expected)) missing.add("seed line " + (i + 1) + ": " + expected);
        }
        assertTrue(checked >= 75, "expected the whole seed chapter, checked only " + checked + " lines");
        assertEquals(List.of(), missing);
    }

    @Test
    void everyReferenceIsInTheBibliographyWordForWord() {
        int start = referencesStart();
        List<String> missing = new ArrayList<>();
        int refs = 0;
        for (int i = start + 1; i < seedLines.size(); i++) {
            String line = seedLines.get(i).strip();
            if (line.equals("Hoe te verwijzen")) break;
            if (line.isEmpty() || line.matches("\\d+\\. \\d+\\.")) continue;
            refs++;
            String expected = corrected(line);
            if (!bibliographyText.contains(expected)) missing.add(expected);
        }
        assertEquals(54, refs, "the seed lists 54 references");
        assertEquals(List.of(), missing);
    }
}
