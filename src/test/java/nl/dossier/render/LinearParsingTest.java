package nl.dossier.render;

import com.sun.management.ThreadMXBean;
import com.vladsch.flexmark.ext.attributes.AttributesExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import nl.dossier.TestSites;
import nl.dossier.load.ContentLoader;
import nl.dossier.model.Content;
import nl.dossier.model.PageSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The parser is linear in the size of a page: each Markdown shape that made flexmark (or the
 * project's own rewriting) quadratic, or overflow the stack, is parsed and rendered at a few
 * hundred kilobytes with a bounded number of characters read and bytes allocated per character
 * of input. And the replacements parse exactly as flexmark does, on generated Markdown full of
 * the characters they deal with. The timeouts only keep a regression from hanging the run.
 */
class LinearParsingTest {
    private static final Duration HANG_GUARD = Duration.ofMinutes(2);
    /** Characters read and bytes allocated per character of the page, at most; what a linear parse of these shapes needs is far below. */
    private static final long READS_PER_CHAR = 100;
    private static final long BYTES_PER_CHAR = 4_000;
    private static final int SIZE = 300_000;

    record Shape(String name, Supplier<String> markdown) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Shape> shapes() {
        return Stream.of(
                new Shape("one paragraph of entities", () -> repeat("&amp; ")),
                new Shape("one paragraph of inline HTML", () -> repeat("<sup>x</sup> ")),
                new Shape("one paragraph of autolinks", () -> repeat("<https://example.org/a> ")),
                new Shape("link openers that never close", () -> repeat("[a](")),
                new Shape("link titles that never close", () -> repeat("[a](b (")),
                new Shape("backtick runs of every length, none closed", LinearParsingTest::backtickRuns),
                new Shape("a link title of the whole page", () -> "[a](b \"" + repeat("x") + "\")"),
                new Shape("a link address in <> of the whole page", () -> "[a](<" + repeat("x") + ">)"),
                new Shape("an HTML comment of the whole page", () -> "a <!--" + repeat("x") + "-->"),
                // Lines that might start a block: flexmark tried each against the paragraph so far. The work
                // is not in characters read or bytes allocated: these two are large enough to run into the guard.
                new Shape("a paragraph of many lines", () -> repeat("*a*\n", 3 * SIZE)),
                new Shape("a quote of many lines", () -> repeat("> a\n")),
                new Shape("a list item of many lines", () -> "- a\n" + repeat("  b\n")),
                new Shape("a table of many rows", () -> "| a | b |\n| - | - |\n" + repeat("| c | d |\n", 3 * SIZE)),
                new Shape("a code block of many lines in a quote", () -> "> ```\n" + repeat("> x\n")),
                new Shape("a section number of thousands of parts", () -> "§ 2" + repeat(".1")),
                new Shape("a citation of thousands of numbers", () -> "[1" + repeat(",1") + "]"),
                new Shape("one paragraph of glossary terms and section references", () -> repeat("MIT § 2.1.7 NSOC ")),
                new Shape("emphasis and underscores", () -> repeat("*_")),
                // Each block's Markdown line is noted while rendering; flexmark counted lines from the page's start for each.
                new Shape("many short paragraphs", () -> repeat("Alinea.\n\n")));
    }

    private static String repeat(String unit) {
        return repeat(unit, SIZE);
    }

    private static String repeat(String unit, int size) {
        return unit.repeat(size / unit.length());
    }

    private static String backtickRuns() {
        StringBuilder b = new StringBuilder();
        for (int i = 1; b.length() < SIZE; i++) b.append("`".repeat(i)).append('a');
        return b.toString();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shapes")
    void readsAndAllocatesInProportionToThePage(Shape shape) {
        String markdown = shape.markdown().get();
        Content content = realGlossary();
        MarkdownProcessor processor = new MarkdownProcessor(content.glossary(), content.messages());
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        assertTimeoutPreemptively(HANG_GUARD, () -> {
            long before = threads.getCurrentThreadAllocatedBytes();
            Document doc = processor.parse(markdown);
            String html = processor.render(doc);
            long allocated = threads.getCurrentThreadAllocatedBytes() - before;
            long read = PageText.of(doc).charsRead();
            assertFalse(html.isEmpty());
            assertTrue(read <= READS_PER_CHAR * markdown.length(),
                    shape + ": " + read + " characters read for " + markdown.length() + " (" + read / markdown.length() + " per character)");
            assertTrue(allocated <= BYTES_PER_CHAR * markdown.length(),
                    shape + ": " + allocated + " bytes allocated for " + markdown.length() + " (" + allocated / markdown.length() + " per character)");
        });
    }

    /**
     * Glossary terms and section references found in one text node: each term was checked against
     * every reference and term found before it. The work is not in reading characters, so this
     * page is large enough for the quadratic version to run into the guard.
     */
    @Test
    void aParagraphOfTermsAndReferencesOfNearlyTwoMegabytes() {
        int times = 1_900_000 / 12;
        String markdown = "MIT § 2.1.7 ".repeat(times);
        Content content = realGlossary();
        MarkdownProcessor processor = new MarkdownProcessor(content.glossary(), content.messages());
        assertTimeoutPreemptively(HANG_GUARD, () -> {
            Document doc = processor.parse(markdown);
            int terms = 0, references = 0;
            for (var node : doc.getDescendants()) {
                if (node instanceof TermUse) terms++;
                if (node instanceof SectionRef) references++;
            }
            assertEquals(times, terms);
            assertEquals(times, references);
        });
    }

    /** The one shape parsed differently on purpose: an address nested deeper than cmark's limit is no address. */
    @Test
    void anAddressNestedMoreThan32ParenthesesDeepIsNoLink() {
        MarkdownProcessor processor = new MarkdownProcessor(List.of(), realGlossary().messages());
        String deep = "[a](" + "(".repeat(LinearInlineParser.MAX_PARENTHESES + 1) + ")".repeat(LinearInlineParser.MAX_PARENTHESES + 1) + ")";
        String allowed = "[a](" + "(".repeat(LinearInlineParser.MAX_PARENTHESES) + ")".repeat(LinearInlineParser.MAX_PARENTHESES) + ")";
        assertFalse(processor.render(processor.parse(deep)).contains("<a href"));
        assertTrue(processor.render(processor.parse(allowed)).contains("<a href"));
    }

    /** Pieces of Markdown that the replaced steps deal with, glued together at random. */
    private static final String[] PIECES = {"`", "``", "```", "\\", "\\`", "\"", "'", "(", ")", "<", ">", "<!--", "-->", "--", "-",
            "[", "]", "![", "](", "]:", " ", "  ", "\n", "\n\n", "> ", "- ", "1. ", "    ", "a", "b c", "*", "**", "_", ":",
            "#", "## ", "===", "---", "&amp;", "&", "&#;", ";", "/", "http://x.nl", "<a b=\"c\">", "</a>", "<?x?>", "<!X y>",
            "|", "| - |", "{#id}", "x@y.nl", "\t", "\\(", "\\\"", "\\\\", "<b>", "'t", "(x)"};

    @Test
    void parsesGeneratedMarkdownExactlyAsFlexmark() {
        Parser flexmark = parser(AttributesExtension.create(), TablesExtension.create());
        Parser linear = parser(AttributesExtension.create(), TablesExtension.create(), new LinearParsing());
        HtmlRenderer renderer = HtmlRenderer.builder(new MutableDataSet()).build();
        Random random = new Random(20_261_208);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            StringBuilder b = new StringBuilder();
            int pieces = 1 + random.nextInt(40);
            for (int p = 0; p < pieces; p++) b.append(PIECES[random.nextInt(PIECES.length)]);
            texts.add(b.toString());
        }
        for (PageSource page : realGlossary().pages()) texts.add(page.body());
        for (String text : texts) {
            assertEquals(renderer.render(flexmark.parse(text)), renderer.render(linear.parse(text)), () -> "for " + text.replace("\n", "\\n"));
        }
    }

    private static Parser parser(Extension... extensions) {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(extensions));
        return Parser.builder(options).build();
    }

    private static Content realGlossary() {
        try {
            return new ContentLoader(TestSites.projectRoot()).load();
        } catch (nl.dossier.model.ContentException e) {
            throw new AssertionError(e);
        }
    }
}
