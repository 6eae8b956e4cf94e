package nl.dossier.bake;

import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The hosted site's documents that the offline copy's rendering gave too ({@link EditionTrace}),
 * written into the hosted site's folder as the copy is rendered; the hosted bake then renders
 * only the others. Made by {@link Bakery#hostedPages}; any thread may write.
 */
public final class HostedPages {
    /** Document type → the extension JBake gives its file (asking JBake's settings each time was a lookup through commons-configuration). */
    private final Map<String, String> extensions = new HashMap<>();
    private final Path destination;
    private final Set<String> written = ConcurrentHashMap.newKeySet();

    HostedPages(JBakeConfiguration config, Path destination) {
        for (String type : JBakeSettings.TEMPLATES.keySet()) extensions.put(type, config.getOutputExtensionByDocType(type));
        this.destination = destination;
    }

    Path destination() {
        return destination;
    }

    /**
     * Writes a document where JBake's {@code Renderer} would: the pieces of the copy's page that
     * make the hosted one (start and end offsets in turn, {@link EditionTrace#hostedPieces}). When that fails the document is not
     * counted as written: the hosted bake renders it itself, and reports the problem if it stays.
     */
    void write(DocumentModel doc, String copy, int[] pieces) {
        Path file = outputFile(doc);
        try {
            Files.createDirectories(file.getParent());
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                for (int i = 0; i < pieces.length; i += 2) out.write(copy, pieces[i], pieces[i + 1] - pieces[i]);
            }
            written.add(doc.getUri());
        } catch (IOException e) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // The hosted bake writes the file again.
            }
        }
    }

    boolean contains(DocumentModel doc) {
        return written.contains(doc.getUri());
    }

    /** The addresses of the documents written. */
    Set<String> written() {
        return Set.copyOf(written);
    }

    /** How many documents were written. */
    public int count() {
        return written.size();
    }

    /** As JBake's {@code Renderer.render}: the document's address with its type's extension, in the destination. */
    private Path outputFile(DocumentModel doc) {
        String uri = doc.getUri();
        int slash = uri.lastIndexOf('/');
        int dot = uri.lastIndexOf('.');
        String base = dot > slash ? uri.substring(0, dot) : uri;
        return destination.resolve(base + extensions.get(doc.getType()));
    }
}
