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
        Path page = tmp.resolve("index.html");
        Files.copy(TestSites.realSiteDir().resolve("volledig/index.html"), page);
        PdfCache cache = PdfCache.in(tmp.resolve("cache"));

        long printed = ChapterPdf.write(page, tmp.resolve("a.pdf"), LIVE, "NDM", DATE, cache);
        byte[] uncached = writeUncached(page, tmp.resolve("b.pdf"));
        assertArrayEquals(uncached, Files.readAllBytes(tmp.resolve("a.pdf")), "a cached print has the bytes of a fresh print");
        assertEquals(uncached.length, printed);
        Path entry = onlyEntry(tmp.resolve("cache"));

        // Proof that the second write copies instead of printing: it returns what the cache holds.
        byte[] marker = "%PDF-from-cache".getBytes();
        Files.write(entry, marker);
        assertEquals(marker.length, ChapterPdf.write(page, tmp.resolve("c.pdf"), LIVE, "NDM", DATE, cache));
        assertArrayEquals(marker, Files.readAllBytes(tmp.resolve("c.pdf")));

        // A change in the text, the date or the address is a different print.
        Files.writeString(page, Files.readString(page).replace("Breed offensief", "Breed Offensief"));
        ChapterPdf.write(page, tmp.resolve("d.pdf"), LIVE, "NDM", DATE, cache);
        assertFalse(new String(Files.readAllBytes(tmp.resolve("d.pdf"))).startsWith("%PDF-from-cache"));
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

    private static byte[] writeUncached(Path page, Path pdf) throws Exception {
        ChapterPdf.write(page, pdf, LIVE, "NDM", DATE, PdfCache.none());
        return Files.readAllBytes(pdf);
    }

    private static Path onlyEntry(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            var all = files.toList();
            assertEquals(1, all.size(), "one entry: " + all);
            return all.get(0);
        }
    }
}
