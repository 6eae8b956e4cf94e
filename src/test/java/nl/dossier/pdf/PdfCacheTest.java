package nl.dossier.pdf;

import nl.dossier.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDateTime;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An unchanged chapter is copied from the cache; any change to what is printed prints again. */
class PdfCacheTest {
    private static final LocalDateTime DATE = LocalDateTime.of(2024, 6, 1, 0, 0);
    private static final String LIVE = "https://example.org/volledig/";

    @Test
    void anUnchangedChapterComesFromTheCacheAndAChangedOneIsPrinted(@TempDir Path tmp) throws Exception {
        String page = Files.readString(TestSites.realSiteDir().resolve("volledig/index.html"));
        PdfCache cache = PdfCache.in(tmp.resolve("cache"));

        byte[] printed = ChapterPdf.print(page, LIVE, "NDM", "", DATE, cache);
        byte[] uncached = ChapterPdf.print(page, LIVE, "NDM", "", DATE, PdfCache.none());
        assertArrayEquals(uncached, printed, "a cached print has the bytes of a fresh print");
        Path entry = onlyEntry(tmp.resolve("cache"));

        // Proof that the second print is taken from the cache: it returns what the cache holds.
        byte[] marker = "%PDF-from-cache".getBytes();
        Files.write(entry, marker);
        assertArrayEquals(marker, ChapterPdf.print(page, LIVE, "NDM", "", DATE, cache));

        // A change in the text, the date or the address is a different print.
        String changed = page.replace("Breed offensief", "Breed Offensief");
        assertNotEquals(page, changed);
        assertFalse(new String(ChapterPdf.print(changed, LIVE, "NDM", "", DATE, cache)).startsWith("%PDF-from-cache"));
        assertNotEquals(PdfCache.key("x", LIVE, DATE.toString()), PdfCache.key("x", LIVE, DATE.plusDays(1).toString()));
        assertNotEquals(PdfCache.key("x", LIVE, DATE.toString()), PdfCache.key("x", LIVE + "x", DATE.toString()));
    }

    @Test
    void keepsOnlyTheNewestEntries(@TempDir Path tmp) throws Exception {
        PdfCache cache = PdfCache.in(tmp);
        for (int i = 0; i < 6; i++) {
            cache.put("k" + i, new byte[] {(byte) i});
            // Distinct modification times, oldest first, whatever the file system's clock resolution.
            Files.setLastModifiedTime(tmp.resolve("pdf-k" + i + ".pdf"), FileTime.fromMillis(1_000_000L * (i + 1)));
        }
        try (Stream<Path> files = Files.list(tmp)) {
            assertEquals(3, files.count());
        }
        assertTrue(cache.get("k5").isPresent());
        assertTrue(cache.get("k0").isEmpty());
    }

    private static Path onlyEntry(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            var all = files.toList();
            assertEquals(1, all.size(), "one entry: " + all);
            return all.get(0);
        }
    }
}
