package nl.dossier.cli;

import nl.dossier.build.SiteBuilder;
import nl.dossier.model.Json;
import nl.dossier.search.SearchEngine;
import nl.dossier.search.SearchHit;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

final class SearchCommand extends Command {
    static final int DEFAULT_LIMIT = 10;
    /** The keys of each result in the --json output, in order (README, "Search"). */
    static final List<String> JSON_KEYS = List.of("url", "title", "heading", "number", "snippet", "score");
    private static final Option JSON = Option.flag("--json",
            "Print a JSON array of {" + String.join(", ", JSON_KEYS) + "} in rank order; number is the section number.");
    private static final Option LIMIT = Option.value("--limit", "N", "At most N results (default: " + DEFAULT_LIMIT + ").");
    private static final Option INDEX = Option.value("--index", "DIR", "The search index (default: target/site-search-index).");

    SearchCommand() {
        super("search", "Searches the built site's Lucene index (written by 'build' beside the site) and prints ranked sections.",
                List.of(JSON, LIMIT, INDEX), "QUERY...");
    }

    @Override
    String parametersHelp() {
        return "Words to search for: every word counts, no operators, quotes or wildcards; the last word is completed.";
    }

    @Override
    int run(Arguments arguments) throws UsageException {
        int limit = arguments.number(LIMIT.name(), DEFAULT_LIMIT);
        if (limit < 1) throw new UsageException("--limit must be 1 or more");
        String q = String.join(" ", arguments.parameters());
        if (q.isBlank()) throw new UsageException("give the words to search for: search QUERY...");
        Path dir = arguments.path(INDEX.name(), SiteBuilder.indexFolder(Path.of("target/site")));
        boolean json = arguments.flag(JSON.name());
        List<SearchHit> hits;
        try (SearchEngine engine = new SearchEngine(dir)) {
            hits = engine.search(q, limit);
        } catch (IOException e) {
            System.err.println("search: " + e.getMessage());
            return Main.CONTENT_ERROR;
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (json) {
            out.println(toJson(hits));
        } else if (hits.isEmpty()) {
            out.println("Geen resultaten voor: " + q);
        } else {
            int rank = 1;
            for (SearchHit h : hits) {
                out.printf("%2d. %s  (%.3f)%n    %s — %s%n    %s%n", rank++, h.url(), h.score(), h.title(), h.heading(),
                        plain(h.snippet()));
            }
        }
        return Main.OK;
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
