package nl.dossier.bake;

import freemarker.template.TemplateCollectionModel;
import freemarker.template.TemplateDirectiveBody;
import freemarker.template.TemplateException;
import freemarker.template.TemplateHashModelEx2;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What one rendering of a document did that depends on the edition (hosted site or offline copy)
 * it is rendered for, so that a document is rendered once for both where it can be.
 *
 * <p>The two editions give the templates the same model but for {@code content.offline} and
 * {@code content.downloads} (and JBake's own settings and store, which Dossier's templates do not
 * use). A rendering for the offline copy that read none of these, and wrote what only the copy
 * has through {@code <@offlineOnly>} straight into the page ({@link OfflineOnly}), is the hosted
 * page with those pieces added: the same template ran on the same values, and the body of
 * {@code <@offlineOnly>} runs in both editions, only its output is kept in one. So the hosted page
 * is cut from the copy's instead of being rendered again ({@link #hostedPieces}). A rendering that
 * read the edition gives no hosted page: that document is rendered for each edition, as before.
 * With Dossier's templates only the home page does (its download links and sizes).
 */
final class EditionTrace {
    /** Where the trace is kept in Freemarker's {@code Environment} ({@code setCustomState}). */
    static final Object KEY = new Object();
    /** The names of a document's {@code content} whose value differs between the editions. */
    static final Set<String> EDITION_CONTENT = Set.of("offline", "downloads");
    /**
     * Names of the data model that may differ between the editions: JBake's settings (they hold
     * the destination folder), its renderer, and its store (the copy has no 404 page). Dossier's
     * own global lists ({@link SiteModelExtractor}) are made from the site graph alone.
     */
    private static final Set<String> JBAKE_NAMES = Set.of("config", "renderer", "db", "data");

    private final boolean offline;
    /** The page's own writer when a hosted page may be cut from it; null otherwise. */
    private final StringWriter page;
    private boolean dependsOnEdition;
    /** Start and end, in {@link #page}, of each piece written by an outermost {@code <@offlineOnly>}. */
    private final List<int[]> offlineOnly = new ArrayList<>();
    private int depth;

    /**
     * @param offline whether the rendering is for the offline copy
     * @param page    the writer the whole page is rendered into, when the hosted page is to be cut from it
     */
    EditionTrace(boolean offline, StringWriter page) {
        this.offline = offline;
        this.page = page;
    }

    boolean offline() {
        return offline;
    }

    /** Whether a name of the data model (not of {@code content}) may have another value in the other edition. */
    static boolean editionSpecific(String name, boolean jbakeExtractor) {
        return JBAKE_NAMES.contains(name) || jbakeExtractor && !SiteModelExtractor.NAMES.contains(name);
    }

    void dependsOnEdition() {
        dependsOnEdition = true;
    }

    /**
     * Runs the body of an {@code <@offlineOnly>}: into the page in the offline copy, remembering
     * where; into nothing on the hosted site. Output captured elsewhere (an {@code <#assign>}
     * with a body, {@code <#compress>}) cannot be cut out afterwards, so such a page is rendered
     * for each edition.
     */
    void offlineOnly(Writer out, TemplateDirectiveBody body) throws TemplateException, IOException {
        if (!offline) {
            body.render(Writer.nullWriter());
            return;
        }
        if (page == null || out != page) {
            dependsOnEdition = true;
            body.render(out);
            return;
        }
        int start = page.getBuffer().length();
        depth++;
        try {
            body.render(out);
        } finally {
            depth--;
        }
        if (depth == 0) offlineOnly.add(new int[] {start, page.getBuffer().length()});
    }

    /**
     * The hosted site's page as the pieces of the copy's page that are kept: start and end
     * offsets in turn, leaving out what {@code <@offlineOnly>} wrote. Offsets, not a new String:
     * the page is written from the copy's text, without another copy of it on the heap while the
     * search index is built. Null when the rendering depended on the edition in another way, or
     * was not for the copy.
     *
     * @param copyLength the length of what was written into the page's writer
     */
    int[] hostedPieces(int copyLength) {
        if (!offline || page == null || dependsOnEdition) return null;
        int[] pieces = new int[2 * (offlineOnly.size() + 1)];
        int i = 0;
        int from = 0;
        for (int[] cut : offlineOnly) {
            pieces[i++] = from;
            pieces[i++] = cut[0];
            from = cut[1];
        }
        pieces[i++] = from;
        pieces[i] = copyLength;
        return pieces;
    }

    /** A document's {@code content} that notes when a template reads one of {@link #EDITION_CONTENT}. */
    TemplateHashModelEx2 watch(TemplateHashModelEx2 content) {
        return new Watched(content);
    }

    private final class Watched implements TemplateHashModelEx2 {
        private final TemplateHashModelEx2 content;

        Watched(TemplateHashModelEx2 content) {
            this.content = content;
        }

        @Override
        public TemplateModel get(String key) throws TemplateModelException {
            if (EDITION_CONTENT.contains(key)) dependsOnEdition = true;
            return content.get(key);
        }

        @Override
        public boolean isEmpty() throws TemplateModelException {
            return content.isEmpty();
        }

        @Override
        public int size() throws TemplateModelException {
            return content.size();
        }

        @Override
        public TemplateCollectionModel keys() throws TemplateModelException {
            return content.keys(); // the same names in both editions
        }

        @Override
        public TemplateCollectionModel values() throws TemplateModelException {
            dependsOnEdition = true;
            return content.values();
        }

        @Override
        public KeyValuePairIterator keyValuePairIterator() throws TemplateModelException {
            dependsOnEdition = true;
            return content.keyValuePairIterator();
        }
    }
}
