package nl.dossier.render;

import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.InlineParserFactory;
import com.vladsch.flexmark.parser.delimiter.DelimiterProcessor;
import com.vladsch.flexmark.parser.internal.CommonmarkInlineParser;
import com.vladsch.flexmark.parser.internal.LinkRefProcessorData;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;

import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * flexmark's inline parser with the steps that are quadratic in the length of a paragraph, or
 * overflow the stack on a long construct, in flexmark 0.64.8 done in linear time and without
 * recursion. The parse result is the same; only how the matches are found changed.
 * <ul>
 * <li>Every regular-expression step ({@code match}: entities, inline HTML, autolinks, the space in
 *     a link) called {@link Matcher#toMatchResult()}, which on Java 17 copies the whole paragraph;
 *     here the match's bounds are read from the matcher itself.</li>
 * <li>A run of backticks looked for its closing run up to the end of the paragraph, again for
 *     every run that has none; here the paragraph's runs are listed once, and a run without a
 *     closing run of its length later on is text straight away, as CommonMark says.</li>
 * <li>A link title, a link address in {@code <…>} and an HTML comment were matched by
 *     expressions that recurse once per character (a title of a few thousand characters overflowed
 *     the stack), and a title that does not close was searched for up to the end of the
 *     paragraph at every attempt. Here each is a scan that does what the expression's
 *     backtracking does, and the outcome for every place of the paragraph is worked out once,
 *     from its end backwards.</li>
 * <li>A link address ({@code [a](address)}) may hold balanced parentheses, which flexmark
 *     counted without limit: every {@code [a](} of a paragraph that never closes read on to the
 *     paragraph's end. An address nested more than {@value #MAX_PARENTHESES} deep is no address
 *     here, as in cmark (CommonMark lets implementations limit it); an address read beyond the
 *     next {@code [a](} then has it inside its parentheses, so no place is read by more than
 *     that many addresses.</li>
 * </ul>
 */
final class LinearInlineParser extends CommonmarkInlineParser {
    static final InlineParserFactory FACTORY = LinearInlineParser::new;

    private static final String ESCAPED = "\\\\" + Escaping.ESCAPABLE;
    /** flexmark's expressions this class replaces, as flexmark 0.64.8 writes them; any other is matched as it is. */
    private static final String TITLE = "^(?:\"(" + ESCAPED + "|[^\"\\x00])*\"|'(" + ESCAPED + "|[^'\\x00])*'|\\((" + ESCAPED + "|[^)\\x00])*\\))";
    private static final String ANGLES = "^(?:[<](?:[^<> \\t\\n\\\\\\x00]|" + ESCAPED + "|\\\\)*[>])";
    static final int MAX_PARENTHESES = 32;
    private static final int QUOTE = 0, APOSTROPHE = 1, PARENTHESIS = 2, ANGLE = 3;
    private static final BitSet ESCAPABLE = new BitSet();

    static {
        for (char c = 0; c < 128; c++) if (Pattern.matches(Escaping.ESCAPABLE, String.valueOf(c))) ESCAPABLE.set(c);
    }

    private final boolean titles;
    private final boolean angles;
    private final boolean plainAddresses;

    /** The paragraph the lists below were made for. */
    private BasedSequence listed;
    /** Per length of a backtick run, where the last such run starts. */
    private Map<Integer, Integer> lastRunStart;
    /** Per kind of title (and for {@code <…>}), per place: where a match from there ends, or -1; null until needed. */
    private final int[][] ends = new int[4][];

    private LinearInlineParser(DataHolder options, BitSet specialCharacters, BitSet delimiterCharacters,
                               Map<Character, DelimiterProcessor> delimiterProcessors, LinkRefProcessorData linkRefProcessors,
                               List<InlineParserExtensionFactory> extensions) {
        super(options, specialCharacters, delimiterCharacters, delimiterProcessors, linkRefProcessors, extensions);
        titles = myParsing.LINK_TITLE.pattern().equals(TITLE);
        angles = myParsing.LINK_DESTINATION_ANGLES.pattern().equals(ANGLES);
        plainAddresses = linkDestinationParser != null && linkDestinationParser.allowMatchedParentheses
                && !linkDestinationParser.spaceInUrls && !linkDestinationParser.parseJekyllMacrosInUrls;
    }

    @Override
    public BasedSequence match(Pattern re) {
        if (index >= input.length()) return null;
        if (re == myParsing.LINK_TITLE && titles) return scanned(title());
        if (re == myParsing.LINK_DESTINATION_ANGLES && angles) return scanned(input.charAt(index) == '<' ? end(ANGLE, index + 1) : -1);
        if (re == myParsing.HTML_TAG && startsWith("<!--", index)) return scanned(commentEnd());
        Matcher m = matchHere(re);
        return m == null ? null : input.subSequence(m.start(), m.end());
    }

    @Override
    public BasedSequence[] matchWithGroups(Pattern re) {
        Matcher m = matchHere(re);
        if (m == null) return null;
        BasedSequence[] groups = new BasedSequence[m.groupCount() + 1];
        for (int i = 0; i < groups.length; i++) groups[i] = m.start(i) < 0 ? null : input.subSequence(m.start(i), m.end(i));
        return groups;
    }

    /** The matcher after a match from {@code index} on (which then moves past it), or null. */
    private Matcher matchHere(Pattern re) {
        if (index >= input.length()) return null;
        Matcher m = re.matcher(input);
        m.region(index, input.length());
        if (!m.find()) return null;
        index = m.end();
        return m;
    }

    /** The match from {@code index} to {@code end} (moving past it), or null when {@code end} is -1. */
    private BasedSequence scanned(int end) {
        if (end < 0) return null;
        BasedSequence m = input.subSequence(index, end);
        index = end;
        return m;
    }

    @Override
    public BasedSequence parseLinkDestination() {
        if (plainAddresses && nestedTooDeep(index)) return null;
        return super.parseLinkDestination();
    }

    /**
     * Whether the address flexmark would read from {@code from} (up to a space, a control
     * character or an unbalanced {@code )}; a backslash escapes the punctuation after it) has
     * parentheses nested more than {@value #MAX_PARENTHESES} deep.
     */
    private boolean nestedTooDeep(int from) {
        int depth = 0;
        for (int i = from; i < input.length(); i++) {
            char c = input.charAt(i);
            if (c == '\\') {
                if (i + 1 < input.length() && ESCAPABLE.get(input.charAt(i + 1))) i++;
            } else if (c == '(') {
                if (++depth > MAX_PARENTHESES) return true;
            } else if (c == ')') {
                if (depth-- == 0) return false;
            } else if (c <= ' ') {
                return false;
            }
        }
        return false;
    }

    @Override
    protected boolean parseBackticks() {
        int start = index;
        int end = start;
        while (end < input.length() && input.charAt(end) == '`') end++;
        if (end > start && !hasRunAfter(end - start, end)) {
            // No closing run: the ticks are text (what the parser concludes after its search).
            index = end;
            appendText(input.subSequence(start, end));
            return true;
        }
        return super.parseBackticks();
    }

    /** Whether a run of exactly {@code length} backticks starts at or after {@code from}. */
    private boolean hasRunAfter(int length, int from) {
        listFor(input);
        if (lastRunStart == null) {
            lastRunStart = new HashMap<>();
            int i = 0;
            while (i < input.length()) {
                if (input.charAt(i) != '`') {
                    i++;
                    continue;
                }
                int runStart = i;
                while (i < input.length() && input.charAt(i) == '`') i++;
                lastRunStart.put(i - runStart, runStart);
            }
        }
        Integer last = lastRunStart.get(length);
        return last != null && last >= from;
    }

    private void listFor(BasedSequence paragraph) {
        if (listed == paragraph) return;
        listed = paragraph;
        lastRunStart = null;
        Arrays.fill(ends, null);
    }

    /** The end of the link title at {@code index}, or -1. */
    private int title() {
        return switch (input.charAt(index)) {
            case '"' -> end(QUOTE, index + 1);
            case '\'' -> end(APOSTROPHE, index + 1);
            case '(' -> end(PARENTHESIS, index + 1);
            default -> -1;
        };
    }

    /**
     * Where the expression of {@code kind} ends when its repeated part starts at {@code from}, or
     * -1. The repeated part is {@code (escaped character | other character)*} before the closing
     * character, and the expression tries, at each place, an escaped character first, then the
     * character on its own, then closing; so from the paragraph's end backwards, the outcome at a
     * place follows from the outcomes one and two places further on.
     */
    private int end(int kind, int from) {
        listFor(input);
        if (ends[kind] == null) {
            int n = input.length();
            int[] end = new int[n + 1];
            end[n] = -1;
            for (int x = n - 1; x >= 0; x--) {
                char c = input.charAt(x);
                boolean escape = c == '\\' && x + 1 < n && ESCAPABLE.get(input.charAt(x + 1));
                int r;
                if (kind == ANGLE) {
                    boolean plain = c != '<' && c != '>' && c != ' ' && c != '\t' && c != '\n' && c != '\\' && c != 0;
                    r = plain ? end[x + 1] : -1;
                    if (r < 0 && escape) r = end[x + 2];
                    if (r < 0 && c == '\\') r = end[x + 1];
                    if (r < 0 && c == '>') r = x + 1;
                } else {
                    char close = kind == QUOTE ? '"' : kind == APOSTROPHE ? '\'' : ')';
                    r = escape ? end[x + 2] : -1;
                    if (r < 0 && c != close && c != 0) r = end[x + 1];
                    if (r < 0 && c == close) r = x + 1;
                }
                end[x] = r;
            }
            ends[kind] = end;
        }
        return from <= input.length() ? ends[kind][from] : -1;
    }

    /**
     * The end of the HTML comment at {@code index}, or -1: {@code <!---->}, or {@code <!--}, a
     * character other than {@code >} or {@code -} (after a {@code -} or not), pieces of one
     * character other than {@code -} (after a {@code -} or not), and {@code -->}. The pieces cannot
     * be cut another way, so the first place where none fits is the only place the comment can end.
     */
    private int commentEnd() {
        if (startsWith("<!---->", index)) return index + 7;
        int n = input.length();
        int x = index + 4;
        if (x < n && input.charAt(x) == '-') x++;
        if (x >= n || input.charAt(x) == '>' || input.charAt(x) == '-') return -1;
        x++;
        while (x < n) {
            if (input.charAt(x) != '-') x++;
            else if (x + 1 < n && input.charAt(x + 1) != '-') x += 2;
            else break;
        }
        return startsWith("-->", x) ? x + 3 : -1;
    }

    private boolean startsWith(String s, int at) {
        if (at + s.length() > input.length()) return false;
        for (int i = 0; i < s.length(); i++) if (input.charAt(at + i) != s.charAt(i)) return false;
        return true;
    }
}
