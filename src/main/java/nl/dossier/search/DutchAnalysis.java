package nl.dossier.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.LengthFilter;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.tartarus.snowball.ext.DutchStemmer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The Dutch analysis of the search index. Every step is simple enough to be repeated exactly
 * by the browser client for query words (search.js), which is what keeps the two engines in step:
 * <ol>
 * <li>words are runs of letters, digits and combining marks, so hyphens and apostrophes split
 *     ({@code 41-bis} → 41, bis; {@code FIU-NL} → fiu, nl; {@code EBI’s} → ebi) and nothing with
 *     two or more characters is lost;</li>
 * <li>Dutch stop words go, unless written in capitals ({@link CaseAwareStopFilter});</li>
 * <li>lower case, diacritics folded ({@link FoldingFilter}), one-character words dropped;</li>
 * <li>(index only) compounds are split against a dictionary of the corpus's own words
 *     ({@link CompoundDictionary}): drugssmokkel also yields drugs and smokkel;</li>
 * <li>Snowball's Dutch stemmer: katalysatoren → katalysator.</li>
 * </ol>
 * These analyzers are the only definition in Java of how text becomes words: the compound
 * dictionary, the index, the glossary synonyms, the excerpts and the snippets all take their
 * words from {@link #surfaceWords(String)}, and the index takes steps 4 and 5 from
 * {@link WordForms}, which runs them once per distinct word.
 */
public final class DutchAnalysis {
    /** Word characters: the same class in search.js. */
    static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}\\p{M}]+");
    static final int MIN_WORD_LENGTH = 2;
    static final int MAX_WORD_LENGTH = 64;
    static final CharArraySet STOP_WORDS = CharArraySet.unmodifiableSet(DutchAnalyzer.getDefaultStopSet());
    /**
     * Words of questions that say nothing about the subject and are not stop words ("waarom mag de
     * douane ..."): a query drops them unless written in capitals or all its words are such words.
     * search.js receives the list in the manifest.
     */
    static final Set<String> FILLER_WORDS = Set.of("waarom", "welke", "welk", "wanneer", "waar", "hoeveel", "mag", "mogen",
            "gaat", "gaan", "maakt", "maken", "juist", "vanuit", "eigenlijk", "zomaar", "krijg", "krijgt", "krijgen", "kun",
            "kunt", "doet", "doe", "we", "wij", "jij", "jullie", "precies", "gebeurt", "graag", "even", "zit", "zitten",
            "staat", "vindt", "echt", "heel", "ongeveer",
            "hoelang", "waarvoor", "waardoor", "waarmee", "waarover", "betekent", "betekenen", "moeten", "willen", "zouden");
    /**
     * {@link #surface()} with steps 2 and 3 looked up per distinct word ({@link SurfaceCache}).
     * Shared by every thread: an analyzer keeps one token stream per thread and reuses it.
     */
    private static final Analyzer SURFACE = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            Tokenizer source = new WordTokenizer();
            return new TokenStreamComponents(source, new SurfaceCache(source));
        }
    };

    /** Receives each surface word, and where its characters stand in the text: {@code [start, end)}. */
    @FunctionalInterface
    interface WordSink {
        void word(String word, int start, int end);
    }

    private DutchAnalysis() {
    }

    /** Analyzer for indexed text: with compound splitting and stemming. */
    public static Analyzer index(CharArraySet compoundDictionary) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new WordTokenizer();
                return new TokenStreamComponents(source, afterSurface(surfaceChain(source), compoundDictionary));
            }
        };
    }

    /** Steps 4 and 5, which look at one surface word at a time ({@link WordForms} runs them once per distinct word). */
    static TokenStream afterSurface(TokenStream surfaceWords, CharArraySet compoundDictionary) {
        TokenStream s = surfaceWords;
        if (!compoundDictionary.isEmpty()) {
            s = new CompoundSplitFilter(s, compoundDictionary);
        }
        return new SnowballFilter(s, new DutchStemmer());
    }

    /** Analyzer that stops before compounds and stemming: the words as a reader would type them. */
    public static Analyzer surface() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new WordTokenizer();
                return new TokenStreamComponents(source, surfaceChain(source));
            }
        };
    }

    static TokenStream surfaceChain(Tokenizer source) {
        TokenStream s = new CaseAwareStopFilter(source, STOP_WORDS);
        s = new LowerCaseFilter(s);
        s = new FoldingFilter(s);
        return new LengthFilter(s, MIN_WORD_LENGTH, MAX_WORD_LENGTH);
    }

    /**
     * The words of a query, normalised like indexed words but not stemmed (stems come from the
     * vocabulary), without {@link #FILLER_WORDS} unless in capitals or the query has nothing else.
     */
    public static List<String> queryWords(String query) {
        return query(query).words();
    }

    /**
     * The words of a query ({@link #queryWords}) and whether the last of them is the query's last
     * word (so that, when the query ends in a word character, it is still being typed).
     */
    record QueryWords(List<String> words, boolean endsWithLast) {
    }

    static QueryWords query(String query) {
        List<String> all = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        boolean[] lastKept = {false};
        surfaceWords(query, (word, start, end) -> {
            all.add(word);
            lastKept[0] = !FILLER_WORDS.contains(word) || CaseAwareStopFilter.isCapitals(query.substring(start, end));
            if (lastKept[0]) kept.add(word);
        });
        return kept.isEmpty() ? new QueryWords(all, true) : new QueryWords(kept, lastKept[0]);
    }

    /** The Snowball Dutch stem of one normalised word. */
    public static String stem(String word) {
        DutchStemmer stemmer = new DutchStemmer();
        stemmer.setCurrent(word);
        stemmer.stem();
        return stemmer.getCurrent();
    }

    /** The words {@link #surface()} makes of a text, in order. */
    static List<String> surfaceWords(String text) {
        List<String> words = new ArrayList<>();
        surfaceWords(text, (word, start, end) -> words.add(word));
        return words;
    }

    /** Hands each word of {@link #surface()} in a text to the sink, in order, with its offsets. */
    static void surfaceWords(String text, WordSink sink) {
        try (TokenStream ts = SURFACE.tokenStream("text", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) sink.word(term.toString(), offset.startOffset(), offset.endOffset());
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs an analyzer over a text and returns the terms. */
    static List<String> terms(Analyzer analyzer, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) out.add(term.toString());
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
