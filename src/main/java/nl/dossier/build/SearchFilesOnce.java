package nl.dossier.build;

import nl.dossier.bundle.Bundler;
import nl.dossier.model.BackgroundStage;
import nl.dossier.model.ContentException;
import nl.dossier.model.Problem;
import nl.dossier.model.Phrase;
import nl.dossier.search.SearchStage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The browser's search files for the hosted site and for the offline copy, which are the same
 * files: exported from the Lucene index once (when the index is ready), zipped from there into
 * the offline copy and linked into the site folder.
 *
 * <p>Hard links, because the files are never changed after the export, and because making a
 * file is slow: copying the hundreds of search files would lie on the build's critical path,
 * and linking them is much cheaper. Where links cannot be made (another file system, or none at all) the files
 * are copied.
 */
final class SearchFilesOnce implements Bundler.SearchFiles {
    private final BackgroundStage<Integer> indexing;
    private final Path index;
    private final Path staging;
    private int exported = -1;
    /** False once a link has failed: then every file is copied. */
    private boolean linking = true;

    /** @param staging an empty folder of the build's own, to export into */
    SearchFilesOnce(BackgroundStage<Integer> indexing, Path index, Path staging) {
        this.indexing = indexing;
        this.index = index;
        this.staging = staging;
    }

    /** Waits for the index and exports its files, the first time; the offline copy zips them from here. */
    @Override
    public synchronized Path folder() throws ContentException {
        indexing.join();
        if (exported < 0) exported = SearchStage.exportBrowserFiles(index, staging);
        return staging;
    }

    /** Links (or copies) the files into a site folder; @return how many files were exported */
    synchronized int exportInto(Path siteDir) throws ContentException {
        folder();
        try (Stream<Path> files = Files.walk(staging)) {
            for (Path from : files.toList()) {
                Path to = siteDir.resolve(staging.relativize(from).toString());
                if (Files.isDirectory(from)) Files.createDirectories(to);
                else linkOrCopy(from, to);
            }
        } catch (IOException | UncheckedIOException e) {
            throw new ContentException(Problem.inFile(siteDir.toString(), Phrase.of("output.cannot_write_search_files", "detail", e.getMessage())));
        }
        return exported;
    }

    private void linkOrCopy(Path from, Path to) throws IOException {
        if (linking) {
            try {
                Files.createLink(to, from);
                return;
            } catch (UnsupportedOperationException | FileSystemException e) {
                linking = false;
            }
        }
        Files.copy(from, to);
    }
}
