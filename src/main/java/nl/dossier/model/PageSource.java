package nl.dossier.model;

import java.time.LocalDate;

/**
 * One Markdown page as loaded: validated front matter plus the Markdown body.
 *
 * @param bodyLine the source line on which the body starts, to map Markdown offsets back to file lines
 */
public record PageSource(
        SourceFile source,
        String slug,
        String title,
        String number,
        int order,
        String summary,
        LocalDate updated,
        String body,
        int bodyLine) {

    public boolean isHome() {
        return slug.equals("index");
    }
}
