package nl.dossier.render;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import nl.dossier.model.GlossaryTerm;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds section references ({@code § 2.1.7.3}) and glossary terms in plain text and replaces
 * them by {@link SectionRef} and {@link TermUse} nodes that keep their source positions.
 */
final class TextRewriter {
    private final TermScanner terms;
    private final Map<String, GlossaryTerm> byTerm = new HashMap<>();

    TextRewriter(List<GlossaryTerm> glossary) {
        for (GlossaryTerm t : glossary) byTerm.put(t.term(), t);
        this.terms = byTerm.isEmpty() ? null : new TermScanner(byTerm.keySet());
    }

    void rewrite(Document document) {
        mergeAdjacentText(document);
        List<Text> texts = new ArrayList<>();
        collect(document, texts);
        for (Text t : texts) split(t);
    }

    private static void collect(Node node, List<Text> out) {
        for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
            if (c instanceof Text t) out.add(t);
            else if (!(c instanceof Code)) collect(c, out);
        }
    }

    /** flexmark leaves unmatched brackets and the like as separate text nodes; join them back. */
    private static void mergeAdjacentText(Node node) {
        for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
            if (c instanceof Text) {
                Node next = c.getNext();
                while (next instanceof Text && next.getStartOffset() == c.getEndOffset()) {
                    BasedSequence joined = c.getChars().baseSubSequence(c.getStartOffset(), next.getEndOffset());
                    Node after = next.getNext();
                    next.unlink();
                    c.setChars(joined);
                    next = after;
                }
            } else {
                mergeAdjacentText(c);
            }
        }
    }

    private record Hit(int start, int end, Node node) {
    }

    private void split(Text text) {
        BasedSequence chars = text.getChars();
        String s = Chars.of(chars);
        List<Hit> refs = new ArrayList<>();
        SectionRef.find(s, (start, end, number) -> refs.add(new Hit(start, end, new SectionRef(chars.subSequence(start, end), number))));
        List<Hit> hits = new ArrayList<>(refs);
        if (terms != null && !insideLinkOrHeading(text)) {
            // Both come leftmost first: one pass over the references tells whether a term overlaps one.
            int[] ref = {0};
            terms.find(s, (start, term) -> {
                int end = start + term.length();
                while (ref[0] < refs.size() && refs.get(ref[0]).end <= start) ref[0]++;
                if (ref[0] == refs.size() || refs.get(ref[0]).start >= end) {
                    hits.add(new Hit(start, end, new TermUse(chars.subSequence(start, end), byTerm.get(term))));
                }
            });
        }
        if (hits.isEmpty()) return;
        hits.sort(Comparator.comparingInt(Hit::start));
        int pos = 0;
        for (Hit h : hits) {
            if (h.start > pos) text.insertBefore(new Text(chars.subSequence(pos, h.start)));
            h.node.appendChild(new Text(chars.subSequence(h.start, h.end)));
            text.insertBefore(h.node);
            pos = h.end;
        }
        if (pos < s.length()) text.insertBefore(new Text(chars.subSequence(pos)));
        text.unlink();
    }

    private static boolean insideLinkOrHeading(Node node) {
        for (Node p = node.getParent(); p != null; p = p.getParent()) {
            if (p instanceof Link || p instanceof Heading) return true;
        }
        return false;
    }
}
