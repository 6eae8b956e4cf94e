package nl.dossier.pdf;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finished PDFs by a hash of everything they are made from: the chapter page, the print styles,
 * the author, its live address, the creation date and the code that renders it.
 * Printing a chapter is slow, and slower the longer the chapter, while its inputs rarely change
 * between two builds, so an unchanged chapter is copied instead of printed again. The same
 * inputs give the same bytes, so a hit is exactly what printing would have written.
 *
 * <p>Entries are written to a temporary file and renamed, so a killed build never leaves a
 * truncated PDF under a valid key. Only the newest few entries are kept.
 */
public final class PdfCache {
    private static final int KEEP = 3;
    private static final String ENTRY_PREFIX = "pdf-";
    private static final String ENTRY_SUFFIX = ".pdf";
    private static final String TEMP_PREFIX = ".pdf-";
    private static final String TEMP_SUFFIX = ".tmp";
    private static final PdfCache NONE = new PdfCache(null);

    private final Path dir;

    private PdfCache(Path dir) {
        this.dir = dir;
    }

    /** A cache in {@code dir}, created when the first PDF is stored. */
    public static PdfCache in(Path dir) {
        return new PdfCache(dir.toAbsolutePath().normalize());
    }

    /** No cache: every PDF is printed. */
    public static PdfCache none() {
        return NONE;
    }

    /** The key of a print: everything it is made from (page, styles, author, address, date) and the renderer's identity. */
    static String key(String... inputs) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(codeIdentity().getBytes(StandardCharsets.UTF_8));
            for (String part : inputs) {
                sha.update((byte) 0);
                sha.update(part.getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    Optional<byte[]> get(String key) {
        if (dir == null) return Optional.empty();
        try {
            return Optional.of(Files.readAllBytes(entry(key)));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Best effort: a cache that cannot be written only costs the next build time. */
    void put(String key, byte[] pdf) {
        if (dir == null) return;
        try {
            Files.createDirectories(dir);
            Path temp = Files.createTempFile(dir, TEMP_PREFIX, TEMP_SUFFIX);
            Files.write(temp, pdf);
            Files.move(temp, entry(key), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            prune();
        } catch (IOException e) {
            // Next build prints again.
        }
    }

    private Path entry(String key) {
        return dir.resolve(ENTRY_PREFIX + key + ENTRY_SUFFIX);
    }

    /**
     * Whether {@code dir} holds nothing but files this cache writes (entries and their temporary
     * files): only such a folder is used, and pruned, as the cache.
     */
    public static boolean holdsOnlyEntries(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.allMatch(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) && isOwnName(p.getFileName().toString()));
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean isOwnName(String name) {
        if (name.startsWith(TEMP_PREFIX) && name.endsWith(TEMP_SUFFIX)) return true;
        if (!name.startsWith(ENTRY_PREFIX) || !name.endsWith(ENTRY_SUFFIX)) return false;
        String key = name.substring(ENTRY_PREFIX.length(), name.length() - ENTRY_SUFFIX.length());
        return key.length() == 64 && key.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'));
    }

    private void prune() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> entries = files.filter(p -> p.getFileName().toString().startsWith(ENTRY_PREFIX))
                    .sorted(Comparator.comparing(PdfCache::modified).reversed())
                    .toList();
            for (Path old : entries.subList(Math.min(KEEP, entries.size()), entries.size())) {
                Files.deleteIfExists(old);
            }
        }
    }

    private static long modified(Path p) {
        try {
            return Files.getLastModifiedTime(p).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }

    /**
     * Which build of Dossier renders: the jar's size and date, or, run from class folders in
     * development, the newest file of this package's classes and resources. A new version
     * never reuses an old version's PDF.
     */
    private static String codeIdentity() {
        try {
            Path code = Path.of(ChapterPdf.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (!Files.isDirectory(code)) return code + ":" + Files.size(code) + ":" + Files.getLastModifiedTime(code).toMillis();
            try (Stream<Path> files = Files.walk(code.resolve("nl/dossier/pdf"))) {
                return code + ":" + files.mapToLong(PdfCache::modified).max().orElse(0);
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            // Unknown code: a key no later build matches, so the cache is never trusted blindly.
            return "unknown:" + System.nanoTime();
        }
    }
}
