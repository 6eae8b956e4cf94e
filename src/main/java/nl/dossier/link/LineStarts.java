package nl.dossier.link;

import nl.dossier.model.LineIndex;
import nl.dossier.model.PageSource;
import nl.dossier.model.Problem;
import nl.dossier.model.Phrase;


/**
 * Where places in a page's Markdown body are in its file: the body's lines indexed once, so that
 * each problem's line and column is a binary search.
 */
final class LineStarts {
    private final PageSource page;
    private final LineIndex lines;

    LineStarts(PageSource page) {
        this.page = page;
        this.lines = new LineIndex(page.body());
    }

    /** A problem at {@code offset} in the body (clamped to it), with the file's line and column. */
    Problem problem(int offset, Phrase message, Phrase hint) {
        int at = Math.max(0, Math.min(offset, page.body().length()));
        int line = lines.line(at);
        return new Problem(page.source().displayPath(), page.bodyLine() + line, at - lines.start(line) + 1, message, hint);
    }
}
