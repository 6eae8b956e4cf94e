package nl.dossier.link;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The raw HTML a writer may use inside Markdown (docs/security.md). Everything else is a
 * content error, never silently stripped: script, frames, objects, styles, event handlers and
 * {@code javascript:}/{@code data:} URLs cannot reach a reader's browser.
 */
final class HtmlPolicy {
    static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("abbr", Set.of("title", "lang")),
            Map.entry("sup", Set.of()),
            Map.entry("sub", Set.of()),
            Map.entry("br", Set.of()),
            Map.entry("em", Set.of()),
            Map.entry("strong", Set.of()),
            Map.entry("span", Set.of("lang")),
            Map.entry("table", Set.of()),
            Map.entry("caption", Set.of()),
            Map.entry("thead", Set.of()),
            Map.entry("tbody", Set.of()),
            Map.entry("tr", Set.of()),
            Map.entry("th", Set.of("scope", "colspan", "rowspan")),
            Map.entry("td", Set.of("colspan", "rowspan")));

    private static final Pattern TAG = Pattern.compile("<\\s*(/?)\\s*([a-zA-Z][a-zA-Z0-9-]*)([^>]*)>");
    private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
    private static final Pattern ATTR = Pattern.compile("([^\\s=/]+)(?:\\s*=\\s*(\"[^\"]*\"|'[^']*'|[^\\s>]+))?");

    private HtmlPolicy() {
    }

    /** @return a description of the first forbidden construct, or empty when the HTML is allowed */
    static Optional<String> check(String html) {
        String rest = COMMENT.matcher(html).replaceAll("");
        if (rest.contains("<!") || rest.contains("<?")) return Optional.of("HTML declarations and processing instructions are not allowed");
        Matcher m = TAG.matcher(rest);
        while (m.find()) {
            String tag = m.group(2).toLowerCase(Locale.ROOT);
            Set<String> attrs = ALLOWED.get(tag);
            if (attrs == null) return Optional.of("the HTML element <" + tag + "> is not allowed");
            if (m.group(1).isEmpty()) {
                Matcher a = ATTR.matcher(m.group(3));
                while (a.find()) {
                    String name = a.group(1).toLowerCase(Locale.ROOT);
                    if (name.equals("/")) continue;
                    if (!attrs.contains(name)) {
                        return Optional.of("the attribute '" + name + "' on <" + tag + "> is not allowed");
                    }
                }
            }
        }
        return Optional.empty();
    }

    static String allowedList() {
        return String.join(", ", ALLOWED.keySet().stream().sorted().map(t -> "<" + t + ">").toList());
    }
}
