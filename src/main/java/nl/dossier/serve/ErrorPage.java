package nl.dossier.serve;

import nl.dossier.model.Problem;

import java.util.List;

/** The page the preview shows instead of any page while the content has a problem. */
final class ErrorPage {
    private ErrorPage() {
    }

    static String html(List<Problem> problems, long version) {
        StringBuilder b = new StringBuilder(2048);
        b.append("<!doctype html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>Fout in de tekst – voorbeeldweergave</title>\n")
                .append("<link rel=\"stylesheet\" href=\"").append(DevServer.PREFIX).append("error.css\">\n")
                .append("<script src=\"").append(DevServer.PREFIX).append("livereload.js\" data-version=\"").append(version)
                .append("\"></script>\n</head>\n<body>\n<main>\n")
                .append("<h1>De site kan niet worden gebouwd</h1>\n<p>")
                .append(problems.size() == 1 ? "Er is 1 probleem" : "Er zijn " + problems.size() + " problemen")
                .append(". Herstel het bestand en sla het op: deze pagina laadt dan vanzelf opnieuw.</p>\n<ol class=\"problemen\">\n");
        for (Problem p : problems) {
            b.append("<li><code class=\"plaats\">").append(escape(place(p))).append("</code> <span class=\"melding\">")
                    .append(escape(p.message())).append("</span>");
            if (p.hint() != null && !p.hint().isBlank()) b.append("<span class=\"hint\">").append(escape(p.hint())).append("</span>");
            b.append("</li>\n");
        }
        return b.append("</ol>\n</main>\n</body>\n</html>\n").toString();
    }

    /** "content/x.md, regel 12, kolom 5" in the form editors understand: content/x.md:12:5. */
    static String place(Problem p) {
        StringBuilder b = new StringBuilder(p.file());
        if (p.line() > 0) {
            b.append(':').append(p.line());
            if (p.column() > 0) b.append(':').append(p.column());
        }
        return b.toString();
    }

    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
