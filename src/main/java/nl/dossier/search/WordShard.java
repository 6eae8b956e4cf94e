package nl.dossier.search;

import nl.dossier.model.Parallel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The content of one word shard ({@code w-N.js}): everything a query word found in it needs in
 * the browser, so that one round of files ranks and shows a query:
 * <ul>
 * <li>{@code w}: the words (surface form, document frequency, index of its stem in {@code t});</li>
 * <li>{@code t}, {@code p}: the stems and their postings (section deltas and impacts, {@link PostingCodec}),
 *     for a frequent stem only the head ({@link PostingHeads});</li>
 * <li>{@code r}: per stem 0 when {@code p} holds all its postings, else [tail file number, highest
 *     impact in the tail, number of sections with the stem];</li>
 * <li>{@code d}: per stem, its {@link Showcase} sections: section deltas and indexes into {@code x}, the excerpts;</li>
 * <li>{@code c}: those sections (number, index into {@code g}, anchor, heading, section number);
 *     {@code g}: their pages (number, address, title);</li>
 * <li>{@code f}: the words of the families (same first two letters) that this shard shares with
 *     others, so a typo finds its candidates without loading the whole family (empty when none).</li>
 * </ul>
 */
final class WordShard {
    record Word(String surface, String stem, int df) {
    }

    private final Map<String, StemPostings.Postings> postings;
    private final Map<String, PostingHeads.Head> heads;
    private final SectionCatalog catalog;
    private final Excerpts excerpts;
    /** Per stem, its showcase sections and their excerpts; computed once, shards are sized repeatedly. */
    private final Map<String, Map<Integer, String>> shown = new HashMap<>();

    WordShard(Map<String, StemPostings.Postings> postings, Map<String, PostingHeads.Head> heads, SectionCatalog catalog, Excerpts excerpts) {
        this.postings = postings;
        this.heads = heads;
        this.catalog = catalog;
        this.excerpts = excerpts;
    }

    Map<String, Object> data(List<Word> words, List<String> family) throws IOException {
        List<String> stems = new ArrayList<>(new TreeSet<>(words.stream().map(Word::stem).toList()));
        Map<String, Integer> stemIndex = new HashMap<>();
        for (int i = 0; i < stems.size(); i++) stemIndex.put(stems.get(i), i);
        List<Object> ws = new ArrayList<>();
        for (Word w : words) ws.add(List.of(w.surface(), w.df(), stemIndex.get(w.stem())));

        Map<String, Integer> excerptIndex = new LinkedHashMap<>();
        TreeSet<Integer> sections = new TreeSet<>();
        List<String> display = new ArrayList<>();
        for (String stem : stems) {
            StringBuilder sb = new StringBuilder();
            int last = 0;
            for (Map.Entry<Integer, String> e : showcase(stem).entrySet()) {
                PostingCodec.append(sb, e.getKey() - last);
                PostingCodec.append(sb, excerptIndex.computeIfAbsent(e.getValue(), k -> excerptIndex.size()));
                last = e.getKey();
                sections.add(e.getKey());
            }
            display.add(sb.toString());
        }
        TreeMap<Integer, Integer> pageIndex = new TreeMap<>();
        for (int doc : sections) pageIndex.put(catalog.section(doc).page(), 0);
        List<Object> pages = new ArrayList<>();
        for (Map.Entry<Integer, Integer> e : pageIndex.entrySet()) {
            e.setValue(pages.size());
            SectionCatalog.Page p = catalog.page(e.getKey());
            pages.add(List.of(e.getKey(), p.url(), p.title()));
        }
        List<Object> cards = new ArrayList<>();
        for (int doc : sections) {
            SectionCatalog.Section s = catalog.section(doc);
            cards.add(List.of(doc, pageIndex.get(s.page()), s.anchor(), s.heading(), s.number()));
        }

        Map<String, Object> data = new LinkedHashMap<>();
        data.put("w", ws);
        data.put("t", stems);
        data.put("p", stems.stream().map(s -> heads.get(s).encoded()).toList());
        data.put("r", stems.stream().map(s -> {
            PostingHeads.Head h = heads.get(s);
            return h.cut() ? List.of(h.tailFile(), h.bound(), h.count()) : 0;
        }).toList());
        data.put("d", display);
        data.put("x", new ArrayList<>(excerptIndex.keySet()));
        data.put("c", cards);
        data.put("g", pages);
        data.put("f", family);
        return data;
    }

    /** Upper estimate of the characters a word adds to a shard, with or without its stem's data (JSON overhead included). */
    int cost(Word w, boolean withStem) throws IOException {
        int n = w.surface().length() + 12;
        if (!withStem) return n;
        n += w.stem().length() + heads.get(w.stem()).encoded().length() + 24;
        for (Map.Entry<Integer, String> e : showcase(w.stem()).entrySet()) {
            SectionCatalog.Section s = catalog.section(e.getKey());
            SectionCatalog.Page p = catalog.page(s.page());
            n += e.getValue().length() + s.anchor().length() + s.heading().length() + s.number().length()
                    + p.url().length() + p.title().length() + 40;
        }
        return n;
    }

    private Map<Integer, String> showcase(String stem) throws IOException {
        if (shown.isEmpty()) showcaseAll();
        return shown.getOrDefault(stem, Map.of());
    }

    /**
     * Every stem's showcase sections and excerpts, in one pass over the sections: each section's
     * text is read and tokenised once for all the stems it shows (per stem, it was read again for
     * every stem, which made the export the slowest part of a build).
     */
    private void showcaseAll() throws IOException {
        Map<Integer, List<String>> stemsBySection = new TreeMap<>();
        for (String stem : new TreeSet<>(postings.keySet())) {
            shown.put(stem, new TreeMap<>());
            for (int doc : Showcase.of(postings.get(stem), catalog)) stemsBySection.computeIfAbsent(doc, k -> new ArrayList<>()).add(stem);
        }
        // The sections are cut on both cores, in blocks with their own stored-fields reader, and
        // the excerpts are collected in section order afterwards, so the output does not depend
        // on the threads.
        List<Map.Entry<Integer, List<String>>> work = new ArrayList<>(stemsBySection.entrySet());
        List<Map<String, String>> found = new ArrayList<>(java.util.Collections.nCopies(work.size(), null));
        int blocks = (work.size() + EXCERPT_BLOCK - 1) / EXCERPT_BLOCK;
        try {
            Parallel.forEachIndex(blocks, b -> {
                try {
                    SectionCatalog.Texts texts = catalog.textsForOneThread();
                    for (int i = b * EXCERPT_BLOCK; i < Math.min(work.size(), (b + 1) * EXCERPT_BLOCK); i++) {
                        found.set(i, excerpts.excerpts(texts.text(work.get(i).getKey()), work.get(i).getValue()));
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        for (int i = 0; i < work.size(); i++) {
            int doc = work.get(i).getKey();
            found.get(i).forEach((stem, excerpt) -> shown.get(stem).put(doc, excerpt));
        }
    }

    /** Sections per block of the excerpt pass: enough to share out, few enough readers. */
    private static final int EXCERPT_BLOCK = 128;
}
