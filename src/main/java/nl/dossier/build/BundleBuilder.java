package nl.dossier.build;

import nl.dossier.bake.Bakery;
import nl.dossier.bundle.BundleName;
import nl.dossier.bundle.Bundler;
import nl.dossier.link.SiteGraph;
import nl.dossier.model.BackgroundStage;
import nl.dossier.model.ContentException;
import nl.dossier.model.Problem;
import nl.dossier.model.Phrase;
import nl.dossier.pdf.PdfCache;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * {@code dossier bundle}: only the offline zip, without touching the built site. Same stages and
 * the same guarantee as the build: everything is made in a temporary folder next to the zip and
 * the zip replaces the previous one in one rename only when every stage succeeded.
 */
public final class BundleBuilder {
    private final Path projectRoot;
    private final Path zipFile;
    private final Progress progress;

    /** @param zipFile where the zip goes; null for {@code target/<name>-offline.zip} in the project */
    public BundleBuilder(Path projectRoot, Path zipFile, Progress progress) {
        this.projectRoot = projectRoot.toAbsolutePath().normalize();
        this.zipFile = zipFile == null ? null : zipFile.toAbsolutePath().normalize();
        this.progress = progress;
    }

    /**
     * @return the zip that was written
     * @throws OutputGuard.Refused before anything is written, when the source is no site folder or
     *                             the zip would replace a file Dossier did not write
     */
    public Path build() throws ContentException {
        long start = System.nanoTime();
        OutputGuard guard = OutputGuard.forSource(projectRoot);
        if (zipFile != null) guard.checkZip(zipFile);
        // As in the build: JBake and the templates are set up on the other core while the content
        // loads, and the search index is written there while the copy is rendered and zipped.
        Bakery bakery = new Bakery(projectRoot);
        SiteBuilder.Prepared prepared = SiteBuilder.prepare(projectRoot, progress, bakery);
        SiteGraph graph = prepared.graph();
        Path target = zipFile != null ? zipFile
                : projectRoot.resolve("target").resolve(BundleName.of(graph.content().site()).zipFile());
        Path work;
        try {
            // The default zip is named after site.yaml, so only now can it be checked.
            guard.checkZip(target);
            Files.createDirectories(target.getParent());
            work = SiteBuilder.temporaryFolder(target.getParent());
        } catch (IOException | RuntimeException e) {
            prepared.templates().awaitQuietly();
            if (e instanceof RuntimeException r) throw r;
            throw new ContentException(Problem.inFile(target.getParent().toString(), Phrase.of("output.cannot_create_temp", "detail", e.getMessage())));
        }
        BackgroundStage<Integer> indexing = null;
        try {
            Path index = work.resolve("search-index");
            indexing = SiteBuilder.indexAlongside(graph, index, progress);
            long t = System.nanoTime();
            prepared.templates().join();
            PdfCache cache = PdfCache.in(target.resolveSibling(SiteBuilder.CACHE_FOLDER));
            Bundler.Bundle bundle = new Bundler(bakery, graph, cache).make(work, new SearchFilesOnce(indexing, index, work.resolve("search-files")));
            progress.stage("bundle", bundle.summary(), t);
            Files.move(bundle.zip(), target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            progress.done(target, System.nanoTime() - start);
            return target;
        } catch (IOException e) {
            throw new ContentException(Problem.inFile(target.toString(), Phrase.of("output.cannot_place_bundle", "detail", e.getMessage())));
        } finally {
            // The index is written into the work folder: let it end before the folder is deleted.
            if (indexing != null) indexing.awaitQuietly();
            SiteBuilder.deleteQuietly(work);
        }
    }
}
