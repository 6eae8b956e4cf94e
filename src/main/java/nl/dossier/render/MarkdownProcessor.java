package nl.dossier.render;

import com.vladsch.flexmark.ext.attributes.AttributesExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.data.NullableDataKey;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import nl.dossier.model.BodyLines;
import nl.dossier.model.GlossaryTerm;
import nl.dossier.model.Messages;

import java.util.List;

/**
 * The render stage's Markdown engine: one flexmark parser and one HTML renderer, configured
 * once and reused for every page (both are thread-safe).
 *
 * <p>Reading, linking and rendering one page each have a time budget ({@value #DEFAULT_BUDGET_MILLIS}
 * ms, or the system property {@value #BUDGET_PROPERTY}): every step should be linear in the size of the
 * page, and the budget stops one that is not with {@link PageText.TooComplex} instead of a hang.
 */
public final class MarkdownProcessor {
    /** System property: the milliseconds one page may take in one stage. */
    public static final String BUDGET_PROPERTY = "dossier.pageBudgetMillis";
    static final long DEFAULT_BUDGET_MILLIS = 10_000;

    private final Parser parser;
    private final HtmlRenderer renderer;
    private final TextRewriter rewriter;
    private final long budgetMillis = Long.getLong(BUDGET_PROPERTY, DEFAULT_BUDGET_MILLIS);

    /** @param messages the site's messages, for the words the renderer writes (a citation's label) */
    public MarkdownProcessor(List<GlossaryTerm> glossary, Messages messages) {
        MutableDataSet options = new MutableDataSet();
        options.set(DossierNodeRenderer.CITATION_LABEL, messages.text("citation_label"));
        options.set(PlainTextRenderer.HYPHENATE, Hyphenator.hyphenates(messages.language()));
        options.set(Parser.EXTENSIONS, List.of(AttributesExtension.create(), TablesExtension.create(), new LinearParsing(), new DossierExtension()));
        options.set(HtmlRenderer.GENERATE_HEADER_ID, false);
        options.set(HtmlRenderer.RENDER_HEADER_ID, false);
        options.set(HtmlRenderer.SOFT_BREAK, "\n");
        // Only the attribute syntax {#id} on headings; no {.class} tricks in the text.
        options.set(AttributesExtension.ASSIGN_TEXT_ATTRIBUTES, false);
        this.parser = Parser.builder(options).build();
        // Added last, so it wraps the renderers of the extensions and of flexmark itself.
        this.renderer = HtmlRenderer.builder(options).nodeRendererFactory(o -> new BlockLines()).build();
        this.rewriter = new TextRewriter(glossary);
    }

    /**
     * Parses a page body into an AST with citations, section references and glossary terms as nodes.
     *
     * @throws PageText.TooComplex when the page takes longer than its budget, or is nested too deeply to parse
     */
    public Document parse(String markdown) {
        PageText text = new PageText(markdown);
        try {
            return text.within(budgetMillis, "page.reading", () -> {
                Document doc = parser.parse(BasedSequence.of(text));
                rewriter.rewrite(doc);
                return doc;
            });
        } catch (StackOverflowError e) {
            // The parser recurses once per level of nesting (and its expressions once per piece
            // of some constructs): thousands of levels overflow the stack.
            throw text.tooDeep(e);
        }
    }

    /**
     * Runs the link stage's walk over one parsed page within the page's budget.
     *
     * @throws PageText.TooComplex when it takes longer
     */
    public void link(Document document, Runnable walk) {
        within(document, "page.linking", () -> {
            walk.run();
            return null;
        });
    }

    /**
     * Renders a linked AST to HTML; {@link #lines} then tells which Markdown line each HTML line came from.
     *
     * @throws PageText.TooComplex when it takes longer than the page's budget
     */
    public String render(Document document) {
        BlockLines.Recorder blocks = new BlockLines.Recorder();
        document.set(BlockLines.RECORDER, blocks);
        String html;
        try {
            html = within(document, "page.rendering", () -> renderer.render(document));
        } finally {
            document.remove(BlockLines.RECORDER);
        }
        document.set(LINES, blocks.lines());
        return html;
    }

    private static final NullableDataKey<BodyLines> LINES = new NullableDataKey<>("DOSSIER_BODY_LINES");

    /** Where the HTML of the last {@link #render} of the page came from in its Markdown. */
    public static BodyLines lines(Document document) {
        BodyLines lines = LINES.get(document);
        return lines == null ? BodyLines.NONE : lines;
    }

    private <T> T within(Document document, String doing, java.util.function.Supplier<T> work) {
        PageText text = PageText.of(document);
        return text == null ? work.get() : text.within(budgetMillis, doing, work);
    }
}
