package nl.dossier.bake;

import nl.dossier.link.SiteGraph;
import nl.dossier.model.ContentException;
import nl.dossier.model.Parallel;
import org.jbake.model.DocumentModel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

/**
 * The one render path: one variant of the site, each of its files made into bytes when it is
 * asked for, a JBake document through JBake's template engine, an asset as published. Every
 * output goes through here and differs only in its {@link Edition} and where the bytes go: the
 * hosted site into a folder ({@link #writeAll}), the offline copy into the zip (which asks for
 * the files in its own order, {@link #html}, {@link #asset}), {@code serve} into memory ({@link #render}).
 *
 * <p>A template problem is kept with the other documents it broke and thrown once by
 * {@link #throwIfFailed}; the document gives no bytes.
 */
public final class SiteRender {
    /** Where rendered files go, by path relative to the site root; called from any thread. */
    @FunctionalInterface
    public interface Output {
        void put(String file, byte[] bytes);
    }

    private final List<DocumentModel> documents;
    private final Map<String, DocumentModel> byUri = new HashMap<>();
    private final SiteGraph graph;
    private final Map<String, String> manifest;
    /** The documents made from one page of the chapter each; the others list the whole site. */
    private final Set<String> chapterPages = new HashSet<>();
    /** Published path → the asset's file. */
    private final Map<String, Path> assets = new HashMap<>();
    private final SiteTemplateEngine engine;
    private final TemplateFailures failed;
    /** A page's text as this variant prints it (TemplateData#body). */
    private final UnaryOperator<String> body;

    /**
     * @param assetFolder {@code assets/}, whose files the manifest publishes
     * @param manifest    asset path → published path (see {@link AssetCopier#manifest})
     * @param body        a page's text as this variant prints it
     */
    SiteRender(SiteGraph graph, List<DocumentModel> documents, SiteTemplateEngine engine, Path assetFolder, Map<String, String> manifest,
               UnaryOperator<String> body) {
        this.body = body;
        this.documents = documents;
        this.engine = engine;
        this.graph = graph;
        this.manifest = manifest;
        this.failed = new TemplateFailures(graph);
        for (DocumentModel doc : documents) byUri.put(doc.getUri(), doc);
        for (var page : graph.pages()) chapterPages.add(page.uri());
        manifest.forEach((source, published) -> assets.put(published, assetFolder.resolve(source)));
    }

    /** An output into a folder, which nothing is written outside of; a failed write is an {@link UncheckedIOException}. */
    public static Output folder(Path root) {
        Path top = root.toAbsolutePath().normalize();
        return (file, bytes) -> {
            Path target = top.resolve(file).normalize();
            try {
                if (!target.startsWith(top) || target.equals(top)) throw new IOException("not inside the site: " + file);
                Files.createDirectories(target.getParent());
                Files.write(target, bytes);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    /**
     * Renders every document on every core, then the assets, into the output. The documents that
     * list the whole site go first (they are the largest, slowest to render): rendered last, they
     * would be one thread's last piece of work while the other core waited.
     *
     * @return the number of documents
     */
    public int writeAll(Output out) throws ContentException, IOException {
        Set<String> pages = chapterPages;
        List<DocumentModel> ordered = new ArrayList<>(documents.size());
        for (DocumentModel doc : documents) if (!pages.contains(doc.getUri())) ordered.add(doc);
        for (DocumentModel doc : documents) if (pages.contains(doc.getUri())) ordered.add(doc);
        render(ordered, out);
        throwIfFailed();
        for (String file : new TreeSet<>(assets.keySet())) out.put(file, asset(file));
        return ordered.size();
    }

    /** Renders the given documents on every core into the output; a document that fails is kept for {@link #throwIfFailed}. */
    public void render(Collection<DocumentModel> docs, Output out) {
        Parallel.forEach(List.copyOf(docs), doc -> {
            byte[] bytes = bytes(doc);
            if (bytes != null) out.put(doc.getUri(), bytes);
        });
    }

    /** A document's output, or null when its template failed. Any thread. */
    byte[] bytes(DocumentModel doc) {
        String text = text(doc);
        return text == null ? null : text.getBytes(StandardCharsets.UTF_8);
    }

    private String text(DocumentModel doc) {
        try {
            return engine.render(printed(doc, body));
        } catch (Exception e) {
            failed.add(e, doc);
            return null;
        }
    }

    /**
     * The document as this variant prints it. A page's model holds the page's own HTML; a variant
     * that prints it otherwise (the offline copy's links to folders) gets its text only for the
     * render, so a variant's documents do not hold a second copy of every page while it is made.
     */
    static DocumentModel printed(DocumentModel doc, UnaryOperator<String> body) {
        if (!(doc.get("body") instanceof String html)) return doc;
        String printed = body.apply(html);
        if (printed == html) return doc;
        DocumentModel copy = new DocumentModel();
        copy.putAll(doc);
        copy.put("body", printed);
        return copy;
    }

    /** A document rendered into text, or null when its template failed. Any thread. */
    public String html(String file) {
        return text(byUri.get(file));
    }

    /** The chapter's pages and the assets, relative to the root with '/' separators. */
    public SortedSet<String> pagesAndAssets() {
        TreeSet<String> out = new TreeSet<>();
        for (DocumentModel doc : documents) if (chapterPages.contains(doc.getUri())) out.add(doc.getUri());
        out.addAll(assets.keySet());
        return out;
    }

    /**
     * The documents that list the whole site: glossary, bibliography, search page, statements,
     * the one-page chapter, feed, sitemap. They grow with the whole site.
     */
    public SortedSet<String> siteWide() {
        TreeSet<String> out = new TreeSet<>(byUri.keySet());
        out.removeAll(chapterPages);
        return out;
    }

    /** The variant's documents, pages first in reading order. */
    List<DocumentModel> documents() {
        return documents;
    }

    /** How many documents the variant has (pages, lists, feed, sitemap). */
    public int documentCount() {
        return documents.size();
    }

    /** Whether the file is a rendered document (a page, the feed, the sitemap), not an asset. */
    public boolean isDocument(String file) {
        return byUri.containsKey(file);
    }

    /** An asset's bytes, as published. */
    public byte[] asset(String file) throws IOException {
        return Files.readAllBytes(assets.get(file));
    }

    /** Throws every template problem met while rendering, once per problem. */
    public void throwIfFailed() throws ContentException {
        failed.throwIfAny();
    }

    /** Where this variant's files came from, for the output check's messages. */
    OutputSources sources(MovedBodies movedBodies) {
        return new OutputSources(graph, documents, engine, manifest, movedBodies, body);
    }
}
