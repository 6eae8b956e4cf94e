package nl.dossier.link;

import com.vladsch.flexmark.util.ast.Document;
import nl.dossier.model.BodyLines;
import nl.dossier.model.GlossaryTerm;
import nl.dossier.model.LineIndex;
import nl.dossier.model.PageSource;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/** A page with its AST and everything the linker learnt about it. */
public final class LinkedPage {
    private PageSource source;
    private Document document;
    final List<Section> sections = new ArrayList<>();
    final Set<String> anchors = new LinkedHashSet<>();
    final SortedSet<Integer> cited = new TreeSet<>();
    final List<CitationUse> citations = new ArrayList<>();
    final Set<GlossaryTerm> terms = new LinkedHashSet<>();
    /** What linking this page looked up, so an incremental build knows when to link it again. */
    final Set<String> linkedSlugs = new java.util.HashSet<>();
    final Set<String> sectionRefs = new java.util.HashSet<>();
    /** Set once the page is part of a successfully linked graph; such a page is never changed again. */
    volatile boolean linked;
    /** The rendered HTML, or null before the render stage. */
    private String html;
    /** Which Markdown line each line of the HTML came from, for the output check's messages. */
    private BodyLines lines = BodyLines.NONE;
    private final String uri;
    private LineIndex bodyLines;

    LinkedPage(PageSource source, Document document) {
        this.source = source;
        this.document = document;
        this.uri = source.isHome() ? "index.html" : source.slug() + "/index.html";
    }

    public PageSource source() {
        return source;
    }

    public Document document() {
        if (document == null) throw new IllegalStateException(source.slug() + ": the AST was released after rendering");
        return document;
    }

    /**
     * Drops the AST and the Markdown once the page is rendered, for a one-off build: the trees
     * and the Markdown are the largest things a build holds, and nothing after the render stage
     * reads them. The live preview keeps both, to link unchanged pages again without parsing.
     */
    public void releaseDocument() {
        if (html == null) throw new IllegalStateException(source.slug() + ": not rendered yet");
        document = null;
        source = source.withoutBody();
    }

    /** Where the lines of the Markdown body start, for the positions of problems; listed on the first problem. */
    LineIndex bodyLines() {
        if (bodyLines == null) bodyLines = new LineIndex(source.body());
        return bodyLines;
    }

    /** Output path relative to the site root. Pages get folders so their URLs stay clean. */
    public String uri() {
        return uri;
    }

    /**
     * The page's address relative to the site root, as links write it: its folder
     * ({@code bestrijding-drugssmokkel/}), or {@code ./} for the home page. The offline copy adds
     * {@code index.html} to every link to a folder (bake.SiteRender).
     */
    public String url() {
        return source.isHome() ? "./" : source.slug() + "/";
    }

    /** Relative path from this page to the site root. */
    public String root() {
        return source.isHome() ? "" : "../";
    }

    public List<Section> sections() {
        return sections;
    }

    public Set<String> anchors() {
        return anchors;
    }

    /** Every reference number cited on this page, including those inside ranges. */
    public SortedSet<Integer> cited() {
        return cited;
    }

    public List<CitationUse> citations() {
        return citations;
    }

    /** Glossary terms used on this page, in order of first use. */
    public Set<GlossaryTerm> terms() {
        return terms;
    }

    /** The rendered HTML, or null before the render stage. */
    public String html() {
        return html;
    }

    public boolean isRendered() {
        return html != null;
    }

    public void setHtml(String html) {
        setHtml(html, BodyLines.NONE);
    }

    public void setHtml(String html, BodyLines lines) {
        this.html = html;
        this.lines = lines;
    }

    /** Where in the Markdown body each line of {@link #html()} came from ({@link BodyLines#NONE} when unknown). */
    public BodyLines lines() {
        return lines;
    }
}
