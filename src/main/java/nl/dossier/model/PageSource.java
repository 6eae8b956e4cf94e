package nl.dossier.model;

import java.time.LocalDate;

/**
 * One Markdown page as loaded: validated front matter plus the Markdown body.
 *
 * @param source the file, with only its front matter as {@link SourceFile#text}: the body is kept once, in {@code body}
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

    /** The same page without its Markdown (null), for a build that has rendered it and needs only the front matter. */
    public PageSource withoutBody() {
        return new PageSource(source, slug, title, number, order, summary, updated, null, bodyLine);
    }
}
