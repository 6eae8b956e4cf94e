package nl.dossier.model;

import java.util.Arrays;

/**
 * Where the lines of a text start, found in one pass, so that the line of any offset is a binary
 * search: counting line breaks from the start for each lookup is quadratic on a long page. Line
 * breaks are LF only, as the loader normalises every file's line endings.
 */
public final class LineIndex {
    private final int[] starts;

    public LineIndex(CharSequence text) {
        int n = 1;
        for (int i = 0; i < text.length(); i++) if (text.charAt(i) == '\n') n++;
        starts = new int[n];
        for (int i = 0, k = 1; i < text.length(); i++) if (text.charAt(i) == '\n') starts[k++] = i + 1;
    }

    /** The 0-based line that {@code offset} is on. */
    public int line(int offset) {
        int found = Arrays.binarySearch(starts, offset);
        return found >= 0 ? found : -found - 2;
    }

    /** The number of lines: one more than the line breaks. */
    public int count() {
        return starts.length;
    }

    /** The offset at which 0-based {@code line} starts. */
    public int start(int line) {
        return starts[line];
    }
}
