package nl.dossier.load;

import nl.dossier.model.PageSource;

/** Splits a page into its {@code ---} front-matter block and its Markdown body. */
final class FrontMatter {
    final String yaml;
    final String body;
    /** 1-based line of the first YAML line, and of the first body line. */
    final int yamlLine;
    final int bodyLine;

    private FrontMatter(String yaml, String body, int yamlLine, int bodyLine) {
        this.yaml = yaml;
        this.body = body;
        this.yamlLine = yamlLine;
        this.bodyLine = bodyLine;
    }

    /** @return null when the text has no front-matter block at all; throws nothing */
    static FrontMatter split(String text) {
        if (!text.startsWith("---\n") && !text.equals("---")) return null;
        int pos = 4;
        int line = 2;
        while (pos <= text.length()) {
            int end = text.indexOf('\n', pos);
            String l = end < 0 ? text.substring(pos) : text.substring(pos, end);
            if (l.equals("---") || l.equals("...")) {
                String yaml = text.substring(4, pos);
                String body = end < 0 ? "" : text.substring(end + 1);
                return new FrontMatter(yaml, body, 2, line + 1);
            }
            if (end < 0) break;
            pos = end + 1;
            line++;
        }
        return new FrontMatter(null, null, 2, 0);
    }

    boolean closed() {
        return yaml != null;
    }

    /** The line of a front-matter key, for messages about a loaded page (falls back to line 1). */
    static int keyLine(PageSource page, String key) {
        String[] lines = page.source().text().split("\n", -1);
        for (int i = 1; i < lines.length && i < page.bodyLine(); i++) {
            if (lines[i].startsWith(key + ":")) return i + 1;
        }
        return 1;
    }
}
