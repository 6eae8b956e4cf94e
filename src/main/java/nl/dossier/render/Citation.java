package nl.dossier.render;

import com.vladsch.flexmark.util.ast.DoNotDecorate;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A numeric citation in the text: {@code [1]}, {@code [12–14]}, {@code [12-14]}, {@code [7,20]}.
 * The linker fills in {@link #anchor} (the id of this place, for back links).
 */
public final class Citation extends Node implements DoNotDecorate {
    private static final Pattern PART = Pattern.compile("(\\d+)(?:\\s*([–-])\\s*(\\d+))?");
    /** Stands for a number with too many digits to be a reference number (the syntax allows any length). */
    public static final int TOO_LARGE = Integer.MAX_VALUE;

    /** One cited number, or a range from {@code first} to {@code last}. */
    public record Part(int first, int last, String dash) {
        public boolean isRange() {
            return dash != null;
        }
    }

    private final List<Part> parts;
    private String anchor;

    Citation(BasedSequence chars) {
        super(chars);
        this.parts = parse(chars.toString());
    }

    /**
     * Whether the whole bracket text is a citation: a list of numbers and ranges with an en dash
     * or hyphen, what {@code \[\s*\d+(\s*[–-]\s*\d+)?(\s*,\s*\d+(\s*[–-]\s*\d+)?)*\s*]} matches, in
     * one pass (the expression recursed once per number: a list of thousands overflowed the stack).
     */
    static boolean isSyntax(CharSequence s) {
        int n = s.length();
        if (n == 0 || s.charAt(0) != '[') return false;
        int i = spaces(s, 1);
        while (true) {
            int digits = i;
            while (i < n && isDigit(s.charAt(i))) i++;
            if (i == digits) return false;
            i = spaces(s, i);
            if (i < n && (s.charAt(i) == '–' || s.charAt(i) == '-')) {
                i = spaces(s, i + 1);
                digits = i;
                while (i < n && isDigit(s.charAt(i))) i++;
                if (i == digits) return false;
                i = spaces(s, i);
            }
            if (i < n && s.charAt(i) == ',') {
                i = spaces(s, i + 1);
                continue;
            }
            return i == n - 1 && s.charAt(i) == ']';
        }
    }

    /** {@code \d} and {@code \s} of a Java regular expression. */
    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static int spaces(CharSequence s, int i) {
        while (i < s.length() && " \t\n\u000B\f\r".indexOf(s.charAt(i)) >= 0) i++;
        return i;
    }

    static List<Part> parse(String text) {
        List<Part> out = new ArrayList<>();
        Matcher m = PART.matcher(text);
        while (m.find()) {
            int first = number(m.group(1));
            if (m.group(3) == null) {
                out.add(new Part(first, first, null));
            } else {
                out.add(new Part(first, number(m.group(3)), m.group(2)));
            }
        }
        return List.copyOf(out);
    }

    private static int number(String digits) {
        String n = digits.replaceFirst("^0+(?=\\d)", "");
        return n.length() > 9 ? TOO_LARGE : Integer.parseInt(n);
    }

    public List<Part> parts() {
        return parts;
    }

    public String anchor() {
        return anchor;
    }

    public void setAnchor(String anchor) {
        this.anchor = anchor;
    }

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }
}
