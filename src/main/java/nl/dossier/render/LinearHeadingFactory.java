package nl.dossier.render;

import com.vladsch.flexmark.parser.block.BlockParser;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.MatchedBlockParser;
import com.vladsch.flexmark.parser.core.HeadingParser;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import org.jetbrains.annotations.NotNull;

import java.util.List;

/**
 * flexmark's heading parser, without its quadratic cost in the number of lines of a paragraph:
 * on every line it joined the paragraph so far into one sequence, only to see whether there was
 * a paragraph (a line of {@code ---} under one makes it a heading), so a long paragraph or table
 * cost the square of its lines. Here that question is answered without joining; everything else is
 * flexmark's own parser. It takes the core heading parser's place ({@code Parser.HEADING_PARSER}
 * is off) and keeps its place among the block parsers: it inherits the factory's ordering.
 */
final class LinearHeadingFactory extends HeadingParser.Factory {

    @NotNull
    @Override
    public BlockParserFactory apply(@NotNull DataHolder options) {
        BlockParserFactory headings = super.apply(options);
        return (state, matched) -> headings.tryStart(state, new Paragraph(matched));
    }

    /** The matched block, answering "is there paragraph content" without building it. */
    private record Paragraph(MatchedBlockParser matched) implements MatchedBlockParser {
        @Override
        public BlockParser getBlockParser() {
            return matched.getBlockParser();
        }

        @Override
        public BasedSequence getParagraphContent() {
            // The heading parser only tests this for null; flexmark's answer is null exactly when
            // the matched block is not a paragraph.
            return matched.getBlockParser().isParagraphParser() ? BasedSequence.EMPTY : null;
        }

        @Override
        public List<BasedSequence> getParagraphLines() {
            return matched.getParagraphLines();
        }

        @Override
        public List<Integer> getParagraphEolLengths() {
            return matched.getParagraphEolLengths();
        }

        @Override
        public MutableDataHolder getParagraphDataHolder() {
            return matched.getParagraphDataHolder();
        }
    }
}
