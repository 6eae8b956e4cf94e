package nl.dossier.render;

import com.vladsch.flexmark.ext.attributes.AttributesExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.data.NullableDataKey;
import nl.dossier.model.BodyLines;
import nl.dossier.model.GlossaryTerm;
import nl.dossier.model.Messages;

import java.util.List;

/**
 * The render stage's Markdown engine: one flexmark parser and one HTML renderer, configured
 * once and reused for every page (both are thread-safe).
 */
public final class MarkdownProcessor {
    private final Parser parser;
    private final HtmlRenderer renderer;
    private final TextRewriter rewriter;

    /** @param messages the site's messages, for the words the renderer writes (a citation's label) */
    public MarkdownProcessor(List<GlossaryTerm> glossary, Messages messages) {
        MutableDataSet options = new MutableDataSet();
        options.set(DossierNodeRenderer.CITATION_LABEL, messages.text("citation_label"));
        options.set(Parser.EXTENSIONS, List.of(AttributesExtension.create(), TablesExtension.create(), new DossierExtension()));
        options.set(HtmlRenderer.GENERATE_HEADER_ID, false);
        options.set(HtmlRenderer.RENDER_HEADER_ID, false);
        options.set(HtmlRenderer.SOFT_BREAK, "\n");
        // Only the attribute syntax {#id} on headings; no {.class} tricks in the text.
        options.set(AttributesExtension.ASSIGN_TEXT_ATTRIBUTES, false);
        // Line numbers by binary search over lines found once; otherwise each lookup scans the page from its start.
        options.set(Parser.TRACK_DOCUMENT_LINES, true);
        this.parser = Parser.builder(options).build();
        // Added last, so it wraps the renderers of the extensions and of flexmark itself.
        this.renderer = HtmlRenderer.builder(options).nodeRendererFactory(o -> new BlockLines()).build();
        this.rewriter = new TextRewriter(glossary);
    }

    /** Parses a page body into an AST with citations, section references and glossary terms as nodes. */
    public Document parse(String markdown) {
        Document doc = parser.parse(markdown);
        rewriter.rewrite(doc);
        return doc;
    }

    /** Renders a linked AST to HTML; {@link #lines} then tells which Markdown line each HTML line came from. */
    public String render(Document document) {
        BlockLines.Recorder blocks = new BlockLines.Recorder();
        document.set(BlockLines.RECORDER, blocks);
        String html = renderer.render(document);
        document.remove(BlockLines.RECORDER);
        document.set(LINES, blocks.lines());
        return html;
    }

    private static final NullableDataKey<BodyLines> LINES = new NullableDataKey<>("DOSSIER_BODY_LINES");

    /** Where the HTML of the last {@link #render} of the page came from in its Markdown. */
    public static BodyLines lines(Document document) {
        BodyLines lines = LINES.get(document);
        return lines == null ? BodyLines.NONE : lines;
    }
}
