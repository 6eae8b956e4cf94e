package nl.dossier.load;

import nl.dossier.model.Problem;
import nl.dossier.model.LineIndex;
import nl.dossier.model.Phrase;

import nl.dossier.model.SourceFile;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Characters that make a page or the feed unreadable: control characters other than tab and line
 * breaks (C0, DEL, C1), lone surrogates and the noncharacters (U+FFFE, U+FFFF and the others). XML
 * forbids most of them outright, so one in a title makes feed.xml no XML at all, and HTML counts
 * each as a parse error. They are invisible in an editor and usually come with pasted text, so the
 * loader rejects them wherever they can enter: typed into a file, written as a YAML escape
 * ({@code "\a"}, {@code "\x85"}), or as a character reference in Markdown ({@code &#7;}).
 */
final class InvisibleCharacters {
    private InvisibleCharacters() {
    }

    /** Whether the code point may not appear in the site's text. */
    static boolean forbidden(int c) {
        if (c < 0x20) return c != '\t' && c != '\n' && c != '\r';
        if (c >= 0x7F && c <= 0x9F) return true;
        if (c >= 0xD800 && c <= 0xDFFF) return true;
        return c >= 0xFDD0 && c <= 0xFDEF || (c & 0xFFFE) == 0xFFFE;
    }

    /** "the control character U+0007 (BEL)", as a message names it. */
    static Phrase describe(int c) {
        String code = String.format("U+%04X", c);
        if (c >= 0xD800 && c <= 0xDFFF) return Phrase.of("char.surrogate", "code", code);
        if (Character.getType(c) == Character.CONTROL) return Phrase.of("char.control", "code", code, "name", Character.getName(c));
        return Phrase.of("char.noncharacter", "code", code);
    }

    private static Phrase hint(int c) {
        return Phrase.of("char.invisible.hint", "code", String.format("U+%04X", c));
    }

    /**
     * Reports the first forbidden character typed into a file (with how many more there are) and
     * returns whether there was one.
     *
     * @param text the file's text with line breaks as {@code \n}
     */
    static boolean inText(String text, String shown, Consumer<Problem> report) {
        int first = -1;
        int count = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (forbidden(c)) {
                if (first < 0) first = i;
                count++;
            }
            i += Character.charCount(c);
        }
        if (first < 0) return false;
        int c = text.codePointAt(first);
        LineIndex lines = new LineIndex(text);
        int line = lines.line(first);
        Phrase more = count == 1 ? Phrase.of("char.no_more") : Phrase.of("char.more", "count", count - 1);
        report.accept(new Problem(shown, line + 1, first - lines.start(line) + 1, Phrase.of("char.invisible", "character", describe(c), "more", more), hint(c)));
        return true;
    }

    /**
     * Reports every numeric character reference in a Markdown body that stands for a forbidden
     * character: flexmark writes {@code &#7;} into the page as the character itself. A reference
     * is {@code &#} and 1-7 digits, or {@code &#x} and 1-6 hexadecimal digits, then {@code ;}
     * (CommonMark). References inside code are shown as text and would be harmless, but the loader
     * does not parse Markdown; such a text is rare enough to be written differently.
     */
    static void inReferences(String body, int bodyLine, SourceFile source, Consumer<Problem> report) {
        int line = bodyLine;
        int lineStart = 0;
        for (int i = 0; i < body.length(); i++) {
            char ch = body.charAt(i);
            if (ch == '\n') {
                line++;
                lineStart = i + 1;
            } else if (ch == '&' && i + 2 < body.length() && body.charAt(i + 1) == '#') {
                int end = referenceEnd(body, i);
                if (end < 0) continue;
                int c = referenced(body, i, end);
                // Beyond U+10FFFF there is no character: CommonMark shows U+FFFD instead.
                if (c <= Character.MAX_CODE_POINT && forbidden(c)) {
                    String written = body.substring(i, end);
                    report.accept(Problem.at(source, line, i - lineStart + 1, Phrase.of("char.reference", "written", written,
                            "character", describe(c), "rest", written.substring(1))));
                }
                i = end - 1;
            }
        }
    }

    /** The index after the ';' of the reference starting at {@code at}, or -1 when there is none. */
    private static int referenceEnd(String s, int at) {
        int i = at + 2;
        boolean hex = i < s.length() && (s.charAt(i) == 'x' || s.charAt(i) == 'X');
        if (hex) i++;
        int digits = 0;
        while (i < s.length() && digits <= (hex ? 6 : 7) && s.charAt(i) < 0x80 && Character.digit(s.charAt(i), hex ? 16 : 10) >= 0) {
            i++;
            digits++;
        }
        if (digits == 0 || digits > (hex ? 6 : 7) || i >= s.length() || s.charAt(i) != ';') return -1;
        return i + 1;
    }

    private static int referenced(String s, int at, int end) {
        boolean hex = s.charAt(at + 2) == 'x' || s.charAt(at + 2) == 'X';
        return Integer.parseInt(s.substring(at + (hex ? 3 : 2), end - 1), hex ? 16 : 10);
    }

    /**
     * Reports every YAML scalar (key or value) whose value holds a forbidden character: raw ones
     * are refused by {@link #inText} before YAML is read, so these were written as escapes.
     * Each node is visited once, however often aliases repeat it.
     */
    static void inYaml(Node root, SourceFile source, int lineOffset, Consumer<Problem> report) {
        Set<Node> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Node> todo = new ArrayDeque<>();
        todo.push(root);
        while (!todo.isEmpty()) {
            Node n = todo.pop();
            if (!seen.add(n)) continue;
            if (n instanceof ScalarNode s) {
                String v = s.getValue();
                for (int i = 0; i < v.length(); ) {
                    int c = v.codePointAt(i);
                    if (forbidden(c)) {
                        int line = n.getStartMark().map(m -> m.getLine() + 1 + lineOffset).orElse(0);
                        int column = n.getStartMark().map(m -> m.getColumn() + 1).orElse(0);
                        report.accept(Problem.at(source, line, column, Phrase.of("char.escape", "character", describe(c),
                                "code", String.format("U+%04X", c))));
                        break;
                    }
                    i += Character.charCount(c);
                }
            } else if (n instanceof SequenceNode seq) {
                for (int i = seq.getValue().size() - 1; i >= 0; i--) todo.push(seq.getValue().get(i));
            } else if (n instanceof MappingNode map) {
                for (int i = map.getValue().size() - 1; i >= 0; i--) {
                    NodeTuple t = map.getValue().get(i);
                    todo.push(t.getValueNode());
                    todo.push(t.getKeyNode());
                }
            }
        }
    }
}
