package nl.dossier.render;

import nl.dossier.model.Phrase;

import java.util.function.Supplier;

/**
 * A page's Markdown as flexmark reads it: the text, with a clock. Every character the parser or
 * renderer reads goes through {@link #charAt}, so a step of either that runs far too long (a
 * construct that makes it slow beyond the page's time budget) is stopped there with
 * {@link TooComplex}, where the text was being read, instead of hanging the build. Between
 * {@link #within} calls nothing is timed.
 *
 * <p>One page is read by one thread at a time; the clock is looked at only every
 * {@value #CHECK_EVERY} characters.
 */
public final class PageText implements CharSequence {
    private static final int CHECK_EVERY = 1 << 12;
    private static final long UNTIMED = Long.MAX_VALUE;

    /** A stage took longer on one page than its budget, or could not read it at all. */
    public static final class TooComplex extends RuntimeException {
        private final int offset;
        private final Phrase text;

        TooComplex(Phrase text, int offset, Throwable cause) {
            super(text.toString(), cause, false, false);
            this.offset = offset;
            this.text = text;
        }

        /** What went wrong, for a writer. */
        public Phrase text() {
            return text;
        }

        /** Whether the parser ran out of stack (nesting, or a construct its expressions cannot take in one piece), not out of time. */
        public boolean tooDeep() {
            return getCause() instanceof StackOverflowError;
        }

        /** Where in the Markdown the stage was reading when it stopped. */
        public int offset() {
            return offset;
        }
    }

    private final String text;
    private long deadline = UNTIMED;
    private String doing;
    private long budgetMillis;
    private int countdown = CHECK_EVERY;
    private long checkpoints;
    private int lastRead;

    PageText(String text) {
        this.text = text;
    }

    /** The text of a parsed document, or null when it was not parsed from a PageText. */
    static PageText of(com.vladsch.flexmark.util.ast.Document document) {
        return document.getChars().getBase() instanceof PageText t ? t : null;
    }

    /**
     * Runs {@code work} on this text within {@code budgetMillis}; past it, the next character read
     * throws {@link TooComplex}, whose message says that {@code doing} (a catalog key, e.g. "page.reading") took too long.

     * Called inside another {@code within}, it runs {@code work} within the outer budget.
     */
    <T> T within(long budgetMillis, String doing, Supplier<T> work) {
        // Work inside timed work (linking renders a page with raw HTML to check it) is part of the outer budget.
        if (deadline != UNTIMED) return work.get();
        this.budgetMillis = budgetMillis;
        this.doing = doing;
        deadline = System.nanoTime() + Math.min(budgetMillis, Long.MAX_VALUE / 4_000_000) * 1_000_000;
        try {
            return work.get();
        } finally {
            deadline = UNTIMED;
        }
    }

    /** Looks at the clock for work on this text that reads no characters for a while (the project's own loops). */
    void check(int offset) {
        lastRead = offset;
        if (deadline != UNTIMED && System.nanoTime() - deadline > 0) {
            throw new TooComplex(Phrase.of("page.over_budget", "doing", Phrase.of(doing), "time", seconds(budgetMillis)), offset, null);
        }
    }

    /** How many characters the parser and renderer have read: for tests of the work they do. */
    long charsRead() {
        return checkpoints * CHECK_EVERY + CHECK_EVERY - countdown;
    }

    /** A parser that ran out of stack, reported at the place it read last. */
    TooComplex tooDeep(StackOverflowError e) {
        return new TooComplex(Phrase.of("page.too_deep"), lastRead, e);
    }

    private static String seconds(long millis) {
        return millis >= 1000 && millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }

    @Override
    public char charAt(int index) {
        lastRead = index;
        if (--countdown <= 0) {
            countdown = CHECK_EVERY;
            checkpoints++;
            check(index);
        }
        return text.charAt(index);
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return text.substring(start, end);
    }

    @Override
    public String toString() {
        return text;
    }
}
