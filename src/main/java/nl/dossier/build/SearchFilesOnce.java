package nl.dossier.build;

import nl.dossier.bundle.Bundler;
import nl.dossier.model.ContentException;
import nl.dossier.model.Problem;
import nl.dossier.search.SearchStage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The browser's search files for the hosted site and for the offline copy, which are the same
 * files: exported from the Lucene index once (when the index is ready) and copied into every
 * site folder after that.
 */
final class SearchFilesOnce implements Bundler.SearchFiles {
    private final BackgroundStage<Integer> indexing;
    private final Path index;
    private final Path staging;
    private int exported = -1;

    /** @param staging an empty folder of the build's own, to export into */
    SearchFilesOnce(BackgroundStage<Integer> indexing, Path index, Path staging) {
        this.indexing = indexing;
        this.index = index;
        this.staging = staging;
    }

    @Override
    public synchronized int exportInto(Path siteDir) throws ContentException {
        indexing.join();
        if (exported < 0) exported = SearchStage.exportBrowserFiles(index, staging);
        try (Stream<Path> files = Files.walk(staging)) {
            for (Path from : files.toList()) {
                Path to = siteDir.resolve(staging.relativize(from).toString());
                if (Files.isDirectory(from)) Files.createDirectories(to);
                else Files.copy(from, to);
            }
        } catch (IOException | UncheckedIOException e) {
            throw new ContentException(Problem.inFile(siteDir.toString(), "cannot write the browser search files: " + e.getMessage(), null));
        }
        return exported;
    }
}
