package nl.dossier.bake;

import org.jbake.app.ContentStore;
import org.jbake.app.DocumentList;
import org.jbake.model.DocumentModel;

import java.io.File;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * JBake's content store, kept in memory. The stock store opens an embedded OrientDB database,
 * slow to start and to fill; the site graph is already in
 * memory, so this store only hands documents to JBake's renderer and model extractors.
 * No database is ever opened: none of the super class's OrientDB code is called.
 */
public final class MemoryContentStore extends ContentStore {
    private final Map<String, DocumentModel> byUri = new LinkedHashMap<>();
    private final TemplateData data;

    public MemoryContentStore(TemplateData data) {
        super("memory", "dossier");
        this.data = data;
    }

    /** The template data behind the documents, for Dossier's model extractors. */
    public TemplateData data() {
        return data;
    }

    @Override
    public void addDocument(DocumentModel document) {
        byUri.put(document.getUri(), document);
    }

    private DocumentList<DocumentModel> list(Iterable<DocumentModel> docs) {
        DocumentList<DocumentModel> out = new DocumentList<>();
        for (DocumentModel d : docs) out.add(d);
        return out;
    }

    @Override
    public DocumentList<DocumentModel> getUnrenderedContent() {
        return list(byUri.values().stream().filter(d -> !Boolean.TRUE.equals(d.getRendered())).toList());
    }

    @Override
    public void markContentAsRendered(DocumentModel document) {
        document.setRendered(true);
    }

    @Override
    public DocumentList<DocumentModel> getDocumentByUri(String uri) {
        DocumentModel d = byUri.get(uri);
        return list(d == null ? Collections.emptyList() : java.util.List.of(d));
    }

    @Override
    public DocumentList<DocumentModel> getAllContent(String docType) {
        return getAllContent(docType, false);
    }

    @Override
    public DocumentList<DocumentModel> getAllContent(String docType, boolean applyPaging) {
        return list(byUri.values().stream().filter(d -> docType.equals(d.getType())).toList());
    }

    @Override
    public DocumentList<DocumentModel> getPublishedContent(String docType) {
        return getAllContent(docType);
    }

    @Override
    public DocumentList<DocumentModel> getPublishedPages() {
        return getAllContent("page");
    }

    @Override
    public DocumentList<DocumentModel> getPublishedPosts() {
        return new DocumentList<>();
    }

    @Override
    public DocumentList<DocumentModel> getPublishedPosts(boolean applyPaging) {
        return new DocumentList<>();
    }

    @Override
    public DocumentList<DocumentModel> getPublishedPostsByTag(String tag) {
        return new DocumentList<>();
    }

    @Override
    public DocumentList<DocumentModel> getPublishedDocumentsByTag(String tag) {
        return new DocumentList<>();
    }

    @Override
    public DocumentList<DocumentModel> getDocumentStatus(String uri) {
        return getDocumentByUri(uri);
    }

    @Override
    public long getDocumentCount(String docType) {
        return getAllContent(docType).size();
    }

    @Override
    public long getPublishedCount(String docType) {
        return getDocumentCount(docType);
    }

    @Override
    public void deleteContent(String uri) {
        byUri.remove(uri);
    }

    @Override
    public void deleteAllByDocType(String docType) {
        byUri.values().removeIf(d -> docType.equals(d.getType()));
    }

    @Override
    public Set<String> getTags() {
        return Set.of();
    }

    @Override
    public Set<String> getAllTags() {
        return Set.of();
    }

    public java.util.List<DocumentModel> documents() {
        return new ArrayList<>(byUri.values());
    }

    // Lifecycle: nothing to open, nothing to close.
    @Override
    public void startup() {
    }

    @Override
    public void updateAndClearCacheIfNeeded(boolean needed, File templateFolder) {
    }

    @Override
    public void close() {
    }

    @Override
    public void shutdown() {
    }

    @Override
    public void drop() {
    }

    @Override
    public boolean isActive() {
        return true;
    }
}
