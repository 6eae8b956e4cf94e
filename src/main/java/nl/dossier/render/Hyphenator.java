package nl.dossier.render;

import org.apache.lucene.analysis.compound.hyphenation.Hyphenation;
import org.apache.lucene.analysis.compound.hyphenation.HyphenationTree;
import org.xml.sax.InputSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Dutch hyphenation for the page text: soft hyphens (U+00AD) at the places OpenTaal's patterns
 * allow, so that every browser (Chromium on Linux has no Dutch dictionary for
 * {@code hyphens: auto}) and the PDF printer break a long word with a hyphen instead of anywhere.
 * The patterns (hyph_nl_NL.dic, BSD-2-clause, META-INF/LICENSE-hyphen-nl.txt) are applied by
 * Lucene's implementation of Liang's algorithm, which is linear in the length of a word.
 * Only display text gets soft hyphens: never titles in metadata, ids, feeds or what search reads.
 */
public final class Hyphenator {
    /** The soft hyphen: invisible unless the line breaks there. */
    public static final char SOFT_HYPHEN = '\u00AD';
    /** Letters kept together at the start and the end of a word ("ge-", never "-e"). */
    static final int LEFT = 2, RIGHT = 3;
    /** Shorter words fit on any line at any width and are left whole, which keeps pages small. */
    static final int MIN_WORD = 10;

    private static final String PATTERNS = "/nl/dossier/hyphenation/hyph_nl_NL.dic";

    private Hyphenator() {
    }

    /** The loaded patterns, read once on first use, and the letters they know (each with its capital). */
    private static final class Tree {
        static final StringBuilder LETTERS = new StringBuilder();
        static final HyphenationTree NL = load(LETTERS);
    }

    /** Whether pages in this language are hyphenated: the patterns are Dutch, so only {@code nl}. */
    public static boolean hyphenates(String language) {
        return "nl".equals(language);
    }

    /**
     * The text with soft hyphens in each word of at least {@link #MIN_WORD} letters. A text that
     * already holds a soft hyphen is the writer's choice and stays as it is; so do words written
     * with two or more capitals (abbreviations such as NSOC or FIOD).
     */
    public static String soft(String text) {
        if (text == null || text.length() < MIN_WORD || text.indexOf(SOFT_HYPHEN) >= 0) return text;
        StringBuilder out = null;
        int copied = 0;
        int i = 0;
        int n = text.length();
        while (i < n) {
            if (!Character.isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            int capitals = 0;
            while (i < n && Character.isLetter(text.charAt(i))) {
                if (Character.isUpperCase(text.charAt(i))) capitals++;
                i++;
            }
            if (i - start < MIN_WORD || capitals > 1) continue;
            int[] points = points(text.substring(start, i));
            if (points.length == 0) continue;
            if (out == null) out = new StringBuilder(text.length() + 16);
            for (int p : points) {
                if (p <= 0 || p >= i - start) continue;
                out.append(text, copied, start + p).append(SOFT_HYPHEN);
                copied = start + p;
            }
        }
        if (out == null) return text;
        return out.append(text, copied, n).toString();
    }

    /**
     * Body text: soft hyphens only in runs of at least {@link #LONG_RUN} characters without a
     * space (such as "criminaliteit/ondermijning."), which may not fit a phone's line and would
     * otherwise be broken anywhere; other words wrap whole, and the page stays light.
     */
    public static String softInLongRuns(String text) {
        if (text == null || text.length() < LONG_RUN || text.indexOf(SOFT_HYPHEN) >= 0) return text;
        StringBuilder out = null;
        int copied = 0;
        int i = 0;
        int n = text.length();
        while (i < n) {
            if (Character.isWhitespace(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && !Character.isWhitespace(text.charAt(i))) i++;
            if (i - start < LONG_RUN) continue;
            String run = soft(text.substring(start, i));
            if (run.length() == i - start) continue;
            if (out == null) out = new StringBuilder(text.length() + 16);
            out.append(text, copied, start).append(run);
            copied = i;
        }
        return out == null ? text : out.append(text, copied, n).toString();
    }

    /** Shorter runs fit a line of body text at any width. */
    static final int LONG_RUN = 20;

    /**
     * Where a word may break, remembered per word: a text repeats its long words (the chapter
     * says "criminaliteit" hundreds of times), and a lookup is cheaper than the patterns. The
     * cache keeps words of up to 64 letters and stops growing at {@link #CACHED} of them, so its
     * memory stays bounded on any input.
     */
    private static int[] points(String word) {
        int[] known = CACHE.get(word);
        if (known != null) return known;
        // A word with a letter the patterns do not know (ª, ǅ, Greek) is not Dutch and stays whole:
        // Lucene's tree would give break points of a part of it.
        for (int i = 0; i < word.length(); i++) if (Tree.LETTERS.indexOf(String.valueOf(word.charAt(i))) < 0) return NONE;
        Hyphenation h = Tree.NL.hyphenate(word, LEFT, RIGHT);
        int[] points = h == null ? NONE : h.getHyphenationPoints();
        if (word.length() <= 64 && CACHE.size() < CACHED) CACHE.putIfAbsent(word, points);
        return points;
    }

    private static final int CACHED = 100_000;
    private static final int[] NONE = {};
    private static final Map<String, int[]> CACHE = new ConcurrentHashMap<>();

    /** The text without soft hyphens: for everything that reads words rather than shows them. */
    public static String strip(String text) {
        return text == null || text.indexOf(SOFT_HYPHEN) < 0 ? text : text.replace(String.valueOf(SOFT_HYPHEN), "");
    }

    /**
     * Reads the patterns file (Hunspell/LibreOffice format: the charset on the first line, then
     * one TeX pattern a line) into Lucene's tree, through the XML form its loader reads; each
     * letter of the patterns and its capital are one class, so "Ondermijning" is hyphenated too.
     */
    private static HyphenationTree load(StringBuilder known) {
        String text;
        try (InputStream in = Hyphenator.class.getResourceAsStream(PATTERNS)) {
            if (in == null) throw new IllegalStateException("the hyphenation patterns " + PATTERNS + " are not in the jar");
            byte[] bytes = in.readAllBytes();
            int eol = 0;
            while (eol < bytes.length && bytes[eol] != '\n') eol++;
            Charset charset = Charset.forName(new String(bytes, 0, eol, StandardCharsets.US_ASCII).trim());
            text = new String(bytes, eol, bytes.length - eol, charset);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        TreeSet<Character> letters = new TreeSet<>();
        StringBuilder patterns = new StringBuilder(text.length());
        for (String line : text.split("\n")) {
            String p = line.trim();
            if (p.isEmpty() || p.startsWith("%") || p.chars().anyMatch(c -> c == '/' || c == '<' || c == '&')) continue;
            for (char c : p.toCharArray()) if (Character.isLetter(c)) letters.add(c);
            patterns.append(p).append('\n');
        }
        StringBuilder xml = new StringBuilder(patterns.length() + 1024).append("<hyphenation-info><classes>\n");
        for (char c : letters) {
            xml.append(c);
            known.append(c);
            char upper = Character.toUpperCase(c);
            if (upper != c) {
                xml.append(upper);
                known.append(upper);
            }
            xml.append('\n');
        }
        xml.append("</classes><patterns>\n").append(patterns).append("</patterns></hyphenation-info>");
        HyphenationTree tree = new HyphenationTree();
        try {
            tree.loadPatterns(new InputSource(new StringReader(xml.toString())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tree;
    }
}
