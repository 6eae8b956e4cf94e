package nl.dossier.build;

import nl.dossier.model.ContentException;
import nl.dossier.model.Phrase;
import nl.dossier.model.Problem;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * How a run's files reach the disk without ever leaving a half-written output: made in marked
 * temporary folders beside the output, then moved into place by renames; what a killed run
 * left is known by its exact name and restored or removed by the next run.
 */
final class OutputFolders {
    static final String TEMP_PREFIX = ".dossier-tmp-";
    static final String OLD_PREFIX = ".dossier-old-";
    /** Finished PDFs kept between builds, beside the site: printing an unchanged chapter again costs seconds. */
    static final String CACHE_FOLDER = "dossier-cache";

    private OutputFolders() {
    }

    /**
     * A temporary folder beside the output, marked as Dossier's at once: a killed build leaves it
     * for the next one to remove, which removes only marked (or empty) folders.
     */
    static Path temporaryFolder(Path parent) throws IOException {
        Path folder = Files.createTempDirectory(parent, TEMP_PREFIX);
        OutputGuard.mark(folder);
        return folder;
    }

    /** A finished folder replaces the target with two renames; the old one is deleted after. */
    static void swapIntoPlace(Path temp, Path target) throws ContentException {
        Path parent = target.getParent();
        try {
            Path old = null;
            if (Files.exists(target)) {
                // Checked before the build: the folder is Dossier's. Marked before it moves aside, so
                // that after a kill the next build knows the aside folder as its own too.
                if (!Files.exists(target.resolve(OutputGuard.MARKER))) OutputGuard.mark(target);
                old = parent.resolve(OLD_PREFIX + target.getFileName() + "-" + ProcessHandle.current().pid());
                Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            if (old != null) deleteQuietly(old);
        } catch (IOException e) {
            throw new ContentException(Problem.inFile(target.toString(), Phrase.of("output.cannot_place", "name", target.getFileName(), "detail", e.getMessage())));
        }
    }

    /** A finished file replaces the target in one rename. */
    static void moveIntoPlace(Path file, Path target) throws ContentException {
        try {
            Files.move(file, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new ContentException(Problem.inFile(target.toString(), Phrase.of("output.cannot_place_bundle", "detail", e.getMessage())));
        }
    }

    /**
     * Folders left by a build that was killed: a temp folder, or the old site or index mid-swap.
     * Only folders with exactly the names Dossier gives them, marked or empty, are touched.
     */
    static void removeLeftovers(Path parent, Path... targets) throws IOException {
        try (Stream<Path> list = Files.list(parent)) {
            for (Path p : list.toList()) {
                String name = p.getFileName().toString();
                if (!name.startsWith(TEMP_PREFIX) && !name.startsWith(OLD_PREFIX) || !OutputGuard.madeByDossier(p)) continue;
                if (numbered(name, TEMP_PREFIX)) {
                    deleteQuietly(p);
                    continue;
                }
                for (Path target : targets) {
                    if (numbered(name, OLD_PREFIX + target.getFileName() + "-")) {
                        // A kill between the two moves leaves the old one here and no output: restore it.
                        if (!Files.exists(target)) Files.move(p, target, StandardCopyOption.ATOMIC_MOVE);
                        else deleteQuietly(p);
                    }
                }
            }
        }
    }

    /**
     * The prefix and nothing but digits: a temporary folder's random number or the process id of
     * an aside name. So the index's aside name is not taken for the site's, nor a user's own
     * {@code .dossier-tmp-notes} for a leftover.
     */
    private static boolean numbered(String name, String prefix) {
        return name.length() > prefix.length() && name.startsWith(prefix)
                && name.substring(prefix.length()).chars().allMatch(c -> c >= '0' && c <= '9');
    }

    static void deleteQuietly(Path dir) {
        if (dir == null || !Files.exists(dir)) return;
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // Best effort: the next build removes what is left.
        }
    }
}
