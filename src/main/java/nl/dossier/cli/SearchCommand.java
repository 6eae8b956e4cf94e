package nl.dossier.cli;

import nl.dossier.build.SiteBuilder;
import nl.dossier.model.Json;
import nl.dossier.search.SearchEngine;
import nl.dossier.search.SearchHit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "search", mixinStandardHelpOptions = true,
        description = "Searches the built site's Lucene index (written by 'build' beside the site) and prints ranked sections.")
final class SearchCommand implements Callable<Integer> {

    @Option(names = "--json", description = "Print a JSON array of {url, title, heading, snippet, score} in rank order.")
    boolean json;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "At most N results (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--index", paramLabel = "DIR", description = "The search index (default: target/site-search-index).")
    Path index;

    @Parameters(arity = "1..*", paramLabel = "QUERY", description = "Words to search for, in Dutch.")
    List<String> query = new ArrayList<>();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (limit < 1) throw new CommandLine.ParameterException(spec.commandLine(), "--limit must be 1 or more");
        String q = String.join(" ", query);
        if (q.isBlank()) throw new CommandLine.ParameterException(spec.commandLine(), "the query is empty");
        Path dir = index != null ? index : SiteBuilder.indexFolder(Path.of("target/site"));
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
