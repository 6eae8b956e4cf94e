package nl.dossier.cli;

import nl.dossier.build.Pipeline;
import nl.dossier.model.Json;
import nl.dossier.search.SearchEngine;
import nl.dossier.search.SearchHit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "search",
        description = "Searches the built site's Lucene index (written by 'build' beside the site) and prints ranked sections.")
final class SearchCommand implements Callable<Integer> {
    static final int DEFAULT_LIMIT = 10;

    @Option(names = "--json", description = "Print a JSON array of {url, title, heading, number, snippet, score, words} in rank order; "
            + "number is the section number; words has a field per query word: true if the section matches it, "
            + "false if only other sections do, null if nothing on the site does.")
    private boolean json;

    @Option(names = "--limit", paramLabel = "N", description = "At most N results (default: " + DEFAULT_LIMIT + ").")
    private int limit = DEFAULT_LIMIT;

    @Option(names = "--index", paramLabel = "DIR", description = "The search index (default: target/site-search-index).")
    private Path index;

    @Parameters(paramLabel = "QUERY", arity = "0..*",
            description = "Words to search for: every word counts, no operators, quotes or wildcards; the last word is completed.")
    private List<String> query = List.of();

    @Override
    public Integer call() throws UsageException {
        if (limit < 1) throw new UsageException("--limit must be 1 or more");
        String q = String.join(" ", query);
        if (q.isBlank()) throw new UsageException("give the words to search for: search QUERY...");
        Path dir = index == null ? Pipeline.indexFolder(Path.of("target/site")) : index;
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        try (SearchEngine engine = new SearchEngine(dir)) {
            List<SearchHit> hits = engine.search(q, limit);
            if (json) out.println(toJson(hits));
            else printText(engine, q, hits, out);
        } catch (IOException e) {
            System.err.println("search: " + e.getMessage());
            return Main.CONTENT_ERROR;
        }
        return Main.OK;
    }

    /**
     * As the search page shows it, in the site's language: no results, or the query's words that
     * match nothing on the site above the results.
     */
    private static void printText(SearchEngine engine, String q, List<SearchHit> hits, PrintStream out) throws IOException {
        if (hits.isEmpty()) {
            out.println(engine.message("search_none", Map.of("query", q)));
            return;
        }
        List<String> missing = engine.missingWords(q);
        if (!missing.isEmpty()) {
            out.println(engine.message("search_missing",
                    Map.of("missing", String.join(", ", missing), "found", String.join(", ", engine.foundWords(q)))));
        }
        int rank = 1;
        for (SearchHit h : hits) {
            out.printf("%2d. %s  (%.3f)%n    %s — %s%n    %s%n", rank++, h.url(), h.score(), h.title(), h.heading(),
                    plain(h.snippet()));
        }
    }

    static String toJson(List<SearchHit> hits) {
        List<Object> list = new ArrayList<>();
        for (SearchHit h : hits) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("url", h.url());
            m.put("title", h.title());
            m.put("heading", h.heading());
            m.put("number", h.number());
            m.put("snippet", h.snippet());
            m.put("score", h.score());
            m.put("words", h.words());
            list.add(m);
        }
        return Json.write(list);
    }

    /** The snippet for a terminal: matches in **bold** markers, entities decoded. */
    static String plain(String snippet) {
        return snippet.replace("<mark>", "**").replace("</mark>", "**").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", "\"").replace("&amp;", "&");
    }
}
