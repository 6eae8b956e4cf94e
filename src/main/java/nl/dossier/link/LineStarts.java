package nl.dossier.link;

import nl.dossier.model.PageSource;
import nl.dossier.model.Problem;

import java.util.Arrays;

/**
 * Where places in a page's Markdown body are in its file: the body's line starts, listed once, so
 * that each problem's line and column is a binary search (a page with thousands of problems
 * counted its lines again for each one).
 */
final class LineStarts {
    private final PageSource page;
    private final int[] starts;

    LineStarts(PageSource page) {
        this.page = page;
        String body = page.body();
        int n = 1;
        for (int i = 0; i < body.length(); i++) if (body.charAt(i) == '\n') n++;
        starts = new int[n];
        for (int i = 0, k = 1; i < body.length(); i++) if (body.charAt(i) == '\n') starts[k++] = i + 1;
    }

    /** A problem at {@code offset} in the body (clamped to it), with the file's line and column. */
    Problem problem(int offset, String message, String hint) {
        int at = Math.max(0, Math.min(offset, page.body().length()));
        int found = Arrays.binarySearch(starts, at);
        int line = found >= 0 ? found : -found - 2;
        return new Problem(page.source().displayPath(), page.bodyLine() + line, at - starts[line] + 1, message, hint);
    }
}
