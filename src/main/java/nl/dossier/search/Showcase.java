package nl.dossier.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The sections whose display data (heading, address, excerpt) a stem's shard carries, so that a
 * query needs no second round of files to show its first results: the first {@value #SHOWN}
 * results of the stem searched alone (its best {@value RankingModel#TOP_SECTIONS} sections grouped
 * by page, as search.js shows them), plus its {@value #SHOWN} highest impacts. Queries of several
 * words or stems usually rank the same sections first; those that do not load the text chunks.
 */
final class Showcase {
    /** Results on the first screen of search.js. */
    static final int SHOWN = 10;

    private Showcase() {
    }

    static TreeSet<Integer> of(StemPostings.Postings p, SectionCatalog catalog) {
        // Score order with index order for ties, as RankingModel and search.js rank. Postings are
        // in index order, so a posting's place breaks ties; sorted as primitive keys (impact
        // descending, place ascending), since a common stem has a posting in most sections.
        long[] keys = new long[p.size()];
        for (int i = 0; i < p.size(); i++) keys[i] = (long) (Integer.MAX_VALUE - p.impacts()[i]) << 32 | i;
        Arrays.sort(keys);
        List<Integer> top = new ArrayList<>();
        for (int k = 0; k < Math.min(RankingModel.TOP_SECTIONS, keys.length); k++) top.add((int) keys[k]);
        Map<Integer, List<Integer>> byPage = new LinkedHashMap<>();
        for (int i : top) byPage.computeIfAbsent(catalog.section(p.docs()[i]).page(), k -> new ArrayList<>()).add(p.docs()[i]);
        TreeSet<Integer> out = new TreeSet<>();
        int shown = 0;
        for (List<Integer> group : byPage.values()) {
            for (int doc : group) {
                if (shown++ < SHOWN) out.add(doc);
            }
        }
        for (int i : top.subList(0, Math.min(SHOWN, top.size()))) out.add(p.docs()[i]);
        return out;
    }
}
