package nl.dossier.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Cuts the vocabulary, in order, into consecutive shards of about a given size: few files, each a
 * range of words that search.js finds by binary search on the shards' lowest keys.
 */
final class ShardPlan {
    private ShardPlan() {
    }

    /**
     * Greedy: words are added while the estimate stays within {@code limit}; a stem's data is
     * counted once per shard ({@code cost} of a word whose stem is new to the shard, else of the
     * word alone). A single word larger than the limit gets a shard of its own.
     */
    static List<List<WordShard.Word>> cut(List<WordShard.Word> words, Cost cost, int limit) throws IOException {
        List<List<WordShard.Word>> out = new ArrayList<>();
        List<WordShard.Word> current = new ArrayList<>();
        Set<String> stems = new HashSet<>();
        int size = 0;
        for (WordShard.Word w : words) {
            int c = cost.of(w, !stems.contains(w.stem()));
            if (!current.isEmpty() && size + c > limit) {
                out.add(current);
                current = new ArrayList<>();
                stems.clear();
                size = 0;
                c = cost.of(w, true);
            }
            current.add(w);
            stems.add(w.stem());
            size += c;
        }
        if (!current.isEmpty()) out.add(current);
        return out;
    }

    interface Cost {
        int of(WordShard.Word word, boolean withStem) throws IOException;
    }

    /** The shortest prefix of {@code first} that sorts after {@code last} (first > last). */
    static String separator(String last, String first) {
        int common = 0;
        while (common < last.length() && common < first.length() && last.charAt(common) == first.charAt(common)) common++;
        return first.substring(0, Math.min(first.length(), common + 1));
    }
}
