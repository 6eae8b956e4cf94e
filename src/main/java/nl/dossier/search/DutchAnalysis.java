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
import org.tartarus.snowball.ext.DutchStemmer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
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
 * The analyzers are the definition; the build takes steps 1 to 3 with {@link SurfaceWords}, one
 * loop that gives the same words, and the rest with {@link WordForms}.
 */
public final class DutchAnalysis {
    /** Word characters: the same class in search.js. */
    static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}\\p{M}]+");
    static final int MIN_WORD_LENGTH = 2;
    static final int MAX_WORD_LENGTH = 64;
    static final CharArraySet STOP_WORDS = CharArraySet.unmodifiableSet(DutchAnalyzer.getDefaultStopSet());

    private DutchAnalysis() {
    }

    /** Analyzer for indexed text: with compound splitting and stemming. */
    public static Analyzer index(CharArraySet compoundDictionary) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new WordTokenizer();
                TokenStream s = surfaceChain(source);
                if (!compoundDictionary.isEmpty()) {
                    s = new CompoundSplitFilter(s, compoundDictionary);
                }
                return new TokenStreamComponents(source, new SnowballFilter(s, new DutchStemmer()));
            }
        };
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

    private static TokenStream surfaceChain(Tokenizer source) {
        TokenStream s = new CaseAwareStopFilter(source, STOP_WORDS);
        s = new LowerCaseFilter(s);
        s = new FoldingFilter(s);
        return new LengthFilter(s, MIN_WORD_LENGTH, MAX_WORD_LENGTH);
    }

    /** The words of a query, normalised like indexed words but not stemmed (stems come from the vocabulary). */
    public static List<String> queryWords(String query) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(query);
        while (m.find()) {
            String raw = m.group();
            if (CaseAwareStopFilter.isStopWord(raw, STOP_WORDS)) continue;
            String w = FoldingFilter.fold(raw.toLowerCase(Locale.ROOT));
            if (w.length() >= MIN_WORD_LENGTH && w.length() <= MAX_WORD_LENGTH) words.add(w);
        }
        return words;
    }

    /** The Snowball Dutch stem of one normalised word. */
    public static String stem(String word) {
        DutchStemmer stemmer = new DutchStemmer();
        stemmer.setCurrent(word);
        stemmer.stem();
        return stemmer.getCurrent();
    }

    /** Runs an analyzer over a text and returns the terms, for tests; the build finds the surface words with {@link SurfaceWords}. */
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
