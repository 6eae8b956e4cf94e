package nl.dossier.render;

import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.data.DataKey;
import nl.dossier.model.Messages;

import java.util.Map;
import java.util.Set;

/** HTML for the project's own nodes: citations, section references and glossary terms. */
final class DossierNodeRenderer implements NodeRenderer {
    /** What a screen reader says for a citation link, with {number}: the message {@code citation_label}. */
    static final DataKey<String> CITATION_LABEL = new DataKey<>("DOSSIER_CITATION_LABEL", "{number}");

    private final String citationLabel;

    DossierNodeRenderer(String citationLabel) {
        this.citationLabel = citationLabel;
    }

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(
                new NodeRenderingHandler<>(Citation.class, this::citation),
                new NodeRenderingHandler<>(SectionRef.class, this::sectionRef),
                new NodeRenderingHandler<>(TermUse.class, this::term));
    }

    /** {@code [12–14]} becomes one span with a link per number, so every source is one click away. */
    private void citation(Citation node, NodeRendererContext ctx, HtmlWriter html) {
        if (node.anchor() != null) html.attr("id", node.anchor());
        html.attr("class", "citatie").withAttr().tag("span");
        html.text("[");
        boolean first = true;
        for (Citation.Part p : node.parts()) {
            if (!first) html.text(",");
            first = false;
            link(html, p.first());
            if (p.isRange()) {
                html.text(p.dash());
                link(html, p.last());
            }
        }
        html.text("]");
        html.tag("/span");
    }

    private void link(HtmlWriter html, int id) {
        html.attr("href", "#bron-" + id).attr("aria-label", Messages.fill(citationLabel, Map.of("number", Integer.toString(id))))
                .withAttr().tag("a");
        html.text(Integer.toString(id));
        html.tag("/a");
    }

    /**
     * A section of this site is a link "§ 2.1.7.3". One outside it also says, in its title, what
     * page its address opens, which need not be the section itself (external_sections in site.yaml).
     */
    private void sectionRef(SectionRef node, NodeRendererContext ctx, HtmlWriter html) {
        html.attr("href", node.href()).attr("class", "sectie-verwijzing");
        if (node.externalTitle() != null) html.attr("title", node.externalTitle());
        if (node.external()) html.attr("rel", "external");
        html.withAttr().tag("a");
        html.text(node.getChars().toString());
        html.tag("/a");
    }

    private void term(TermUse node, NodeRendererContext ctx, HtmlWriter html) {
        String text = node.getChars().toString();
        if (node.glossaryHref() == null) {
            html.text(text);
            return;
        }
        html.attr("href", node.glossaryHref()).attr("class", "begrip").withAttr().tag("a");
        html.attr("title", node.term().name()).withAttr().tag("abbr");
        html.text(text);
        html.tag("/abbr");
        html.tag("/a");
    }
}
