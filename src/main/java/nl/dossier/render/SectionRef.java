package nl.dossier.render;

import com.vladsch.flexmark.util.ast.DoNotDecorate;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/** A cross-reference to a numbered section, {@code § 2.1.7.3}; the linker sets its target. */
public final class SectionRef extends Node implements DoNotDecorate {
    interface Found {
        void at(int start, int end, String number);
    }

    private final String number;
    private String href;
    private boolean external;
    private String externalTitle;

    SectionRef(BasedSequence chars, String number) {
        super(chars);
        this.number = number;
    }

    /**
     * Finds every reference in the text, leftmost first: what {@code §\s?(\d+(?:\.\d+)*)} finds, in
     * one pass. The expression recursed once per part of the number, so a "number" of thousands
     * of parts overflowed the stack.
     */
    static void find(String s, Found found) {
        int n = s.length();
        int from = 0;
        for (int at = s.indexOf('§'); at >= 0; at = s.indexOf('§', from)) {
            int i = at + 1;
            if (i + 1 < n && isSpace(s.charAt(i)) && isDigit(s.charAt(i + 1))) i++;
            if (i >= n || !isDigit(s.charAt(i))) {
                from = at + 1;
                continue;
            }
            int number = i;
            while (i < n && isDigit(s.charAt(i))) i++;
            while (i + 1 < n && s.charAt(i) == '.' && isDigit(s.charAt(i + 1))) {
                i++;
                while (i < n && isDigit(s.charAt(i))) i++;
            }
            found.at(at, i, s.substring(number, i));
            from = i;
        }
    }

    /** {@code \d} and {@code \s} of a Java regular expression. */
    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    public String number() {
        return number;
    }

    public String href() {
        return href;
    }

    public boolean external() {
        return external;
    }

    public void resolve(String href, boolean external) {
        this.href = href;
        this.external = external;
    }

    /** A section outside this site: linked as the page its address opens, named by {@code title}. */
    public void resolveExternal(String href, String title) {
        resolve(href, true);
        this.externalTitle = title;
    }

    /** What the link to a section outside this site says (external_sections in site.yaml), or null. */
    public String externalTitle() {
        return externalTitle;
    }

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }
}
