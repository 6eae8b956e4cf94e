package nl.dossier.build;

import nl.dossier.link.SiteGraph;
import nl.dossier.link.SiteLinker;
import nl.dossier.load.ContentLoader;
import nl.dossier.load.SourceCache;
import nl.dossier.model.Content;
import nl.dossier.model.ContentException;
import nl.dossier.model.GlossaryTerm;
import nl.dossier.model.Messages;
import nl.dossier.model.Parallel;
import nl.dossier.model.Problems;
import nl.dossier.render.MarkdownProcessor;
import nl.dossier.render.PageText;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

/**
 * The stages every command runs before it bakes, load → link → render, for {@code build},
 * {@code bundle}, {@code check} and {@code serve} alike. A one-off run reads every file and drops
 * each page's AST once it is rendered; {@code serve} keeps one pipeline and hands it its last
 * good graph, so that unchanged files are not read again, unchanged pages not parsed, linked or
 * rendered again.
 */
public final class Pipeline {
    /**
     * Told when a stage ends: its name, what it did, and when it started ({@link System#nanoTime}).
     * The summary is made only when asked for: counting the terms in use builds the site's term
     * index, which {@code serve} otherwise does not need on an edit.
     */
    @FunctionalInterface
    public interface Stages {
        void stage(String name, Supplier<String> summary, long startNanos);
    }

    private final Path root;
    /** Parsed files kept between runs, or null to read every file. */
    private final SourceCache cache;
    private MarkdownProcessor markdown;
    private List<GlossaryTerm> markdownGlossary;
    private Messages markdownMessages;

    private Pipeline(Path root, SourceCache cache) {
        this.root = root;
        this.cache = cache;
    }

    /** A pipeline that runs once: every file read, every page parsed, each AST dropped once rendered. */
    public static Pipeline once(Path root) {
        return new Pipeline(root, null);
    }

    /** A pipeline that runs again after edits, with the files the cache keeps; the ASTs are kept to link unchanged pages again. */
    public static Pipeline live(Path root, SourceCache cache) {
        return new Pipeline(root, cache);
    }

    /**
     * Load, link and render: the site graph with every page's HTML.
     *
     * @param previous the last good graph of this pipeline, whose unchanged pages are reused; null for none
     */
    public SiteGraph run(SiteGraph previous, Stages stages) throws ContentException {
        long t = System.nanoTime();
        Content content = new ContentLoader(root).load(cache);
        stages.stage("load", () -> content.pages().size() + " pages, " + content.references().size() + " references, "
                + content.glossary().size() + " terms", t);

        t = System.nanoTime();
        if (markdown == null || !content.glossary().equals(markdownGlossary) || !content.messages().equals(markdownMessages)) {
            markdown = new MarkdownProcessor(content.glossary(), content.messages());
            markdownGlossary = content.glossary();
            markdownMessages = content.messages();
            previous = null; // glossary terms are found while parsing: parse every page again
        }
        SiteGraph graph = new SiteLinker(content, markdown, root).link(previous);
        stages.stage("link", () -> graph.pages().stream().mapToInt(p -> p.citations().size()).sum() + " citations, "
                + graph.termUsedOn().size() + " terms in use", t);

        t = System.nanoTime();
        render(graph);
        stages.stage("render", () -> graph.pages().size() + " pages to HTML", t);
        return graph;
    }

    /**
     * Stage render: Markdown to HTML for every page linked afresh (a reused page keeps its HTML),
     * with the Markdown line each HTML line came from for the output check's messages. A page that
     * takes longer than its budget is a content error at the place the renderer had reached.
     */
    private void render(SiteGraph graph) throws ContentException {
        MarkdownProcessor md = markdown;
        boolean once = cache == null;
        Problems problems = new Problems();
        Parallel.forEach(graph.pages(), p -> {
            if (p.isRendered()) return;
            try {
                p.setHtml(md.render(p.document()), MarkdownProcessor.lines(p.document()));
            } catch (PageText.TooComplex e) {
                problems.add(SiteLinker.tooComplex(p.source(), e));
                return;
            }
            if (once) p.releaseDocument();
        });
        problems.throwIfAny();
    }
}
