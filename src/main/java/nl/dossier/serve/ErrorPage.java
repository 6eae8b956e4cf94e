package nl.dossier.serve;

import nl.dossier.load.SourceReader;
import nl.dossier.model.Phrase;
import nl.dossier.model.Problem;
import nl.dossier.model.ProblemCatalog;
import nl.dossier.model.SourceFile;
import nl.dossier.render.Html;

import java.nio.file.Path;
import java.util.List;

/**
 * The page the preview shows instead of any page while the content has a problem: each problem
 * once, in the site's language, with the lines of the source file around it and a marker under
 * the column, so the writer sees the mistake without opening the file.
 */
final class ErrorPage {
    /** Lines shown before and after the problem's line. */
    static final int CONTEXT = 1;
    /** Longest line shown in full; longer ones are cut around the column. */
    private static final int WIDTH = 160;

    private ErrorPage() {
    }

    /**
     * @param root  the project, to read the source lines from (under the same rules as a build)
     * @param words the site's language
     */
    static String html(List<Problem> problems, long version, Path root, ProblemCatalog words) {
        SourceReader reader = new SourceReader(root);
        StringBuilder b = new StringBuilder(2048);
        b.append("<!doctype html>\n<html lang=\"").append(Html.escape(words.language())).append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(Html.escape(words.text(Phrase.of("serve.page_title")))).append("</title>\n")
                .append("<link rel=\"stylesheet\" href=\"").append(DevServer.PREFIX).append("error.css\">\n")
                .append("<script src=\"").append(DevServer.PREFIX).append("livereload.js\" data-version=\"").append(version)
                .append("\"></script>\n</head>\n<body>\n<main>\n")
                .append("<h1>").append(Html.escape(words.text(Phrase.of("serve.heading")))).append("</h1>\n<p>")
                .append(Html.escape(words.text(problems.size() == 1 ? Phrase.of("serve.intro_one")
                        : Phrase.of("serve.intro", "count", problems.size()))))
                .append("</p>\n<ol class=\"problemen\">\n");
        for (Problem p : problems) {
            b.append("<li><code class=\"plaats\">").append(Html.escape(p.place())).append("</code> <span class=\"melding\">")
                    .append(Html.escape(words.message(p))).append("</span>");
            String hint = words.hint(p);
            if (hint != null && !hint.isBlank()) b.append("<span class=\"hint\">").append(Html.escape(hint)).append("</span>");
            excerpt(b, p, reader);
            b.append("</li>\n");
        }
        return b.append("</ol>\n</main>\n</body>\n</html>\n").toString();
    }

    /**
     * The problem's line with {@value #CONTEXT} line before and after, numbered, and a {@code ^}
     * under its column; nothing when the problem has no line or the file cannot be read.
     */
    static void excerpt(StringBuilder b, Problem p, SourceReader reader) {
        if (p.line() <= 0) return;
        SourceFile source;
        try {
            source = reader.read(reader.root().resolve(p.file()), x -> { }).orElse(null);
        } catch (RuntimeException e) {
            return;
        }
        if (source == null) return;
        String text = source.text();
        int from = Math.max(1, p.line() - CONTEXT);
        int to = p.line() + CONTEXT;
        int width = String.valueOf(to).length();
        StringBuilder pre = new StringBuilder();
        int lineNo = 1;
        int start = 0;
        while (lineNo <= to && start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) end = text.length();
            if (lineNo >= from) {
                String line = text.substring(start, end);
                int cut = line.length() > WIDTH && lineNo == p.line() ? Math.max(0, Math.min(p.column() - 1 - WIDTH / 2, line.length() - WIDTH)) : 0;
                String shown = line.length() <= WIDTH ? line
                        : (cut > 0 ? "…" : "") + line.substring(cut, cut + WIDTH) + (cut + WIDTH < line.length() ? "…" : "");
                boolean here = lineNo == p.line();
                pre.append("<span class=\"").append(here ? "regel fout" : "regel").append("\">")
                        .append(String.format("%" + width + "d", lineNo)).append(" | ").append(Html.escape(shown)).append("</span>\n");
                if (here && p.column() > 0) {
                    StringBuilder pad = new StringBuilder(" ".repeat(width)).append(" | ");
                    if (cut > 0) pad.append(' ');
                    for (int i = cut; i < Math.min(p.column() - 1, line.length()) && i < cut + WIDTH; i++) {
                        pad.append(line.charAt(i) == '\t' ? '\t' : ' ');
                    }
                    pre.append("<span class=\"markering\" aria-hidden=\"true\">").append(pad).append("^</span>\n");
                }
            }
            if (end >= text.length() - 1) break; // a final line break starts no line of its own
            start = end + 1;
            lineNo++;
        }
        if (pre.length() > 0) b.append("<pre class=\"bron\">").append(pre).append("</pre>");
    }
}
