package nl.dossier.bake;

import nl.dossier.model.ContentException;
import org.jbake.model.DocumentModel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * One variant of the site whose files are made when they are asked for, in memory: documents
 * rendered through the same template engine as a bake, assets read from {@code assets/}. The
 * offline copy is zipped from here, so its 460 MB at 10,000 pages are never written to disk,
 * read back twice and deleted. Made by {@link Bakery#inMemory}.
 */
public final class SiteInMemory {
    private final Map<String, DocumentModel> documents = new HashMap<>();
    /** The documents made from one page of the chapter each; the others list the whole site. */
    private final Set<String> chapterPages;
    /** Published path → the asset's file. */
    private final Map<String, Path> assets = new HashMap<>();
    private final SiteTemplateEngine engine;
    private final TemplateFailures failed;

    SiteInMemory(List<DocumentModel> documents, Set<String> chapterPages, SiteTemplateEngine engine, Path assetFolder,
                 Map<String, String> manifest, TemplateFailures failed) {
        this.failed = failed;
        for (DocumentModel doc : documents) this.documents.put(doc.getUri(), doc);
        this.chapterPages = Set.copyOf(chapterPages);
        manifest.forEach((source, published) -> assets.put(published, assetFolder.resolve(source)));
        this.engine = engine;
    }

    /** The chapter's pages and the assets, relative to the root with '/' separators. */
    public SortedSet<String> pagesAndAssets() {
        TreeSet<String> out = new TreeSet<>(chapterPages);
        out.addAll(assets.keySet());
        return out;
    }

    /**
     * The documents that list the whole site: glossary, bibliography, search page, statements,
     * the one-page chapter, feed, sitemap. At 10,000 pages the bibliography alone is 23 MB.
     */
    public SortedSet<String> siteWide() {
        TreeSet<String> out = new TreeSet<>(documents.keySet());
        out.removeAll(chapterPages);
        return out;
    }

    /** How many documents the variant has (pages, lists, feed, sitemap). */
    public int documentCount() {
        return documents.size();
    }

    /** Whether the file is a rendered document (a page, the feed, the sitemap), not an asset. */
    public boolean isDocument(String file) {
        return documents.containsKey(file);
    }

    /**
     * Renders a document; a template problem is kept for {@link #throwIfFailed} (with the other
     * documents it broke) and gives null. Any thread.
     */
    public String render(String file) {
        DocumentModel doc = documents.get(file);
        try {
            return engine.render(doc);
        } catch (Exception e) {
            failed.add(e, doc);
            return null;
        }
    }

    /** An asset's bytes, as published. */
    public byte[] asset(String file) throws IOException {
        return Files.readAllBytes(assets.get(file));
    }

    /** Throws every template problem met while rendering, once per problem. */
    public void throwIfFailed() throws ContentException {
        failed.throwIfAny();
    }
}
