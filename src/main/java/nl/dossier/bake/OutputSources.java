package nl.dossier.bake;

import nl.dossier.check.OutputChecker.Origin;
import nl.dossier.check.OutputChecker.Place;
import nl.dossier.check.OutputChecker.Sources;
import nl.dossier.link.LinkedPage;
import nl.dossier.link.SiteGraph;
import nl.dossier.model.Find;
import nl.dossier.model.LineIndex;
import nl.dossier.model.Reference;
import nl.dossier.model.SiteSettings;

import org.jbake.model.DocumentModel;
import org.jbake.template.RenderingException;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Where each file of a baked site came from, for the output check's messages: a page's text from
 * its Markdown (found in the built page, then line by line through {@link nl.dossier.model.BodyLines}),
 * an address from references.yaml or site.yaml, the rest of a document from its template, and a
 * file of assets/ from itself. Used only once a check has found a problem, from one thread.
 */
final class OutputSources implements Sources {
    static final String SITE_FILE = "content/site.yaml";

    private final SiteGraph graph;
    private final Map<String, LinkedPage> pages = new HashMap<>();
    private final Map<String, DocumentModel> documents = new HashMap<>();
    private final SiteTemplateEngine engine;
    /** Published asset → its file, e.g. {@code assets/uitleg.html} → the same. */
    private final Map<String, String> assets = new HashMap<>();
    private final MovedBodies movedBodies;
    /** A page's text as the variant printed it (TemplateData#body). */
    private final UnaryOperator<String> body;
    /** The documents rendered again with their template lines, by file. */
    private final Map<String, TemplateLines> traced = new HashMap<>();
    /** The one-page chapter last asked about, and where each page's body starts in it. */
    private String completeText;
    private int[] completeStarts;
    private String[] completeBodies;

    /** @param manifest asset path → published path, as {@link AssetCopier#manifest} gives it */
    OutputSources(SiteGraph graph, List<DocumentModel> documents, SiteTemplateEngine engine, Map<String, String> manifest,
                  MovedBodies movedBodies, UnaryOperator<String> body) {
        this.body = body;
        this.graph = graph;
        for (LinkedPage p : graph.pages()) pages.put(p.uri(), p);
        for (DocumentModel doc : documents) this.documents.put(doc.getUri(), doc);
        this.engine = engine;
        manifest.forEach((source, published) -> assets.put(published, "assets/" + source));
        this.movedBodies = movedBodies;
    }

    @Override
    public Place place(String file, String text, int line, int column, String link) {
        String asset = assets.get(file);
        if (asset != null) return new Place(asset, line, column, Origin.ASSET, false);
        LineIndex lines = new LineIndex(text);
        int offset = offset(lines, text.length(), line, column);
        if (line > 0) {
            LinkedPage page = pages.get(file);
            if (page != null) {
                String printed = body.apply(page.html());
                Place p = inBody(page, printed, Find.in(text, printed, 0), lines, offset, line, false);
                if (p != null) return p;
            } else if (file.equals(TemplateData.COMPLETE)) {
                int[] starts = movedBodyStarts(text);
                for (int i = 0; i < starts.length; i++) {
                    LinkedPage part = graph.pages().get(i);
                    Place p = inBody(part, completeBodies[i], starts[i], lines, offset, line, true);
                    if (p != null) return p;
                }
            }
        }
        if (link != null) {
            Place p = dataWith(link);
            if (p != null) return p;
        }
        return inTemplate(file, text, line, offset);
    }

    /**
     * The template line that wrote the place, found by rendering the document again with
     * Freemarker's tracer; the document's own template when the place is the whole file.
     */
    private Place inTemplate(String file, String text, int line, int offset) {
        DocumentModel doc = documents.get(file);
        if (doc == null) return null;
        Place whole = new Place("templates/" + JBakeSettings.TEMPLATES.get(doc.getType()), 0, 0, Origin.TEMPLATE, false);
        if (line <= 0) return whole;
        TemplateLines lines = traced.computeIfAbsent(file, f -> {
            try {
                return engine.trace(SiteRender.printed(doc, body));
            } catch (RenderingException e) {
                return null;
            }
        });
        // The same document renders to the same text; if it did not, its lines would mislead.
        if (lines == null || !lines.text().equals(text)) return whole;
        TemplateLines.Line part = lines.at(offset);
        return part == null ? whole : new Place("templates/" + part.template(), part.line(), 0, Origin.TEMPLATE, false);
    }

    /** Where each page's moved body starts in the one-page chapter (-1 when not found), worked out once per text. */
    private int[] movedBodyStarts(String text) {
        if (completeText != text) {
            List<LinkedPage> parts = graph.pages();
            completeStarts = new int[parts.size()];
            completeBodies = new String[parts.size()];
            int from = 0;
            for (int i = 0; i < parts.size(); i++) {
                String moved = movedBodies.moved(parts.get(i).uri());
                if (moved != null) moved = completeBodies[i] = body.apply(moved);
                completeStarts[i] = moved == null ? -1 : Find.in(text, moved, from);
                if (completeStarts[i] >= 0) from = completeStarts[i] + moved.length();
            }
            completeText = text;
        }
        return completeStarts;
    }

    /**
     * The Markdown line of {@code offset} when it lies in the page's body as printed into the
     * built file from {@code start}, else null.
     */
    private static Place inBody(LinkedPage page, String body, int start, LineIndex lines, int offset, int line, boolean copy) {
        if (body == null || start < 0 || offset < start || offset >= start + body.length()) return null;
        int bodyLine = line - 1 - lines.line(start);
        int markdown = page.lines().markdownLine(bodyLine);
        if (markdown < 0) return null;
        return new Place(page.source().source().displayPath(), page.source().bodyLine() + markdown, 0, Origin.MARKDOWN, copy);
    }

    /** The reference or site setting the address came from. */
    private Place dataWith(String link) {
        for (Reference r : graph.content().references()) {
            if (link.equals(r.link())) return new Place(r.file(), r.line(), 0, Origin.DATA, false);
        }
        SiteSettings site = graph.content().site();
        boolean setting = link.equals(site.parentUrl()) || link.equals(site.repository())
                || site.externalSections().values().stream().anyMatch(s -> link.equals(s.url()));
        return setting ? new Place(SITE_FILE, 0, 0, Origin.DATA, false) : null;
    }

    /** The offset of 1-based line and column (0 for the line's start) in a text of that length. */
    private static int offset(LineIndex lines, int length, int line, int column) {
        if (line > lines.count()) return length;
        return Math.min(length, lines.start(Math.max(0, line - 1)) + Math.max(0, column - 1));
    }
}
