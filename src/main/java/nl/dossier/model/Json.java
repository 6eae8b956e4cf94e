package nl.dossier.model;

import java.util.List;
import java.util.Map;

/**
 * Minimal JSON writer (strings, numbers, booleans, lists, maps, null) for the search command's
 * output, the browser's search files and the pages' schema.org data. Strings are escaped so the
 * result is also safe inside a script file or an HTML {@code <script>} data block.
 */
public final class Json {
    private Json() {
    }

    public static String write(Object value) {
        StringBuilder sb = new StringBuilder();
        write(sb, value);
        return sb.toString();
    }

    @SuppressWarnings("unchecked")
    private static void write(StringBuilder sb, Object v) {
        if (v == null) {
            sb.append("null");
        } else if (v instanceof String s) {
            string(sb, s);
        } else if (v instanceof Float f) {
            sb.append(Float.isFinite(f) ? Float.toString(f) : "0");
        } else if (v instanceof Number || v instanceof Boolean) {
            sb.append(v);
        } else if (v instanceof Map<?, ?> m) {
            sb.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                if (!first) sb.append(',');
                first = false;
                string(sb, e.getKey().toString());
                sb.append(':');
                write(sb, e.getValue());
            }
            sb.append('}');
        } else if (v instanceof List<?> l) {
            sb.append('[');
            for (int i = 0; i < l.size(); i++) {
                if (i > 0) sb.append(',');
                write(sb, l.get(i));
            }
            sb.append(']');
        } else {
            throw new IllegalArgumentException("not JSON: " + v.getClass());
        }
    }

    /**
     * Escapes for JSON and for a script file: no "</script", no line separators. Runs of
     * characters that need no escape are copied at once: the search files are mostly text, and
     * appending it a character at a time would dominate writing them.
     */
    private static void string(StringBuilder sb, String s) {
        sb.append('"');
        int run = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String escaped = switch (c) {
                case '"' -> "\\\"";
                case '\\' -> "\\\\";
                case '\n' -> "\\n";
                case '\r' -> "\\r";
                case '\t' -> "\\t";
                // <, > and & cannot end a <script> element or start a comment; U+2028/9 end lines in old JS.
                default -> c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029'
                        || Character.isSurrogate(c) && lone(s, i) ? unicodeEscape(c) : null;
            };
            if (escaped != null) {
                sb.append(s, run, i).append(escaped);
                run = i + 1;
            }
        }
        sb.append(s, run, s.length()).append('"');
    }

    /**
     * Half of a character: the search files key words by their first two UTF-16 units, as the
     * browser's JavaScript does, which cuts a word such as "a𝐀b" inside its second character.
     * UTF-8 cannot encode the half, JSON can as an escape, and JavaScript reads it back the same.
     */
    private static boolean lone(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) return i + 1 == s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
        return i == 0 || !Character.isHighSurrogate(s.charAt(i - 1));
    }

    private static String unicodeEscape(char c) {
        String hex = Integer.toHexString(c);
        return "\\u" + "0000".substring(hex.length()) + hex;
    }
}
