package nl.dossier.search;

import com.sun.net.httpserver.HttpServer;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The relevance sets over Pagefind, for comparison with Dossier's figures: Pagefind indexes a
 * built copy of the real site and answers every query in headless Chromium; its results (pages,
 * each with its sub-results at headings, in Pagefind's order) become section addresses as the
 * sets judge them, and the figures go to bench/results/relevance-pagefind.json. Only the chapter's
 * pages count, as in Dossier's index (Pagefind also indexes the full-chapter page, the glossary and
 * the search page itself); a sub-result at the top of a page is the page's first section.
 *
 * <pre>java ... nl.dossier.search.PagefindRelevance PAGEFIND_BIN BUILT_SITE_DIR INDEX_DIR</pre>
 */
public final class PagefindRelevance {
    private PagefindRelevance() {
    }

    public static void main(String[] args) throws Exception {
        String pagefind = args[0];
        Path site = Files.createTempDirectory("pagefind-relevance").resolve("site");
        copy(Path.of(args[1]), site);
        Process p = new ProcessBuilder(pagefind, "--site", site.toString()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (p.waitFor() != 0) throw new IllegalStateException("pagefind exited with " + p.exitValue());
        Files.writeString(site.resolve("pagefind-relevance.html"), """
                <!doctype html><meta charset="utf-8"><title>pagefind relevance</title>
                <script type="module">
                const pf = await import('./pagefind/pagefind.js');
                await pf.init();
                window.rank = async (q, n) => {
                  const r = await pf.search(q);
                  const data = await Promise.all(r.results.slice(0, n).map(x => x.data()));
                  return data.map(d => [d.url].concat((d.sub_results || []).map(s => s.url)));
                };
                window.ready = true;
                </script>
                """);
        Map<String, String> firstSection = new java.util.LinkedHashMap<>();
        try (SearchEngine engine = new SearchEngine(Path.of(args[2]))) {
            var stored = engine.searcher().storedFields();
            for (int doc = 0; doc < engine.reader().maxDoc(); doc++) {
                String url = stored.document(doc, java.util.Set.of(SearchIndexer.URL)).get(SearchIndexer.URL);
                firstSection.putIfAbsent(url.substring(0, url.indexOf('#')), url);
            }
        }
        HttpServer server = SearchBench.serve(site);
        ChromeDriver driver = SearchBench.browser();
        try {
            driver.get("http://127.0.0.1:" + server.getAddress().getPort() + "/pagefind-relevance.html");
            new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript("return window.ready === true")));
            List<RelevanceReport.Run> runs = new java.util.ArrayList<>();
            runs.add(RelevanceReport.Run.of("relevance.tsv", BuiltSite.judgedRelevanceSet(), q -> ranked(driver, q, firstSection)));
            for (String set : BuiltSite.GRADED_SETS) {
                runs.add(RelevanceReport.Run.of(set, BuiltSite.judgedSet(set), q -> ranked(driver, q, firstSection)));
            }
            System.out.println("wrote " + RelevanceReport.write("relevance-pagefind.json", "Pagefind 1.6.0 in Chromium", runs));
        } finally {
            driver.quit();
            server.stop(0);
        }
    }

    /** Pagefind's first sections for a query, as addresses relative to the site root with the section anchor. */
    @SuppressWarnings("unchecked")
    static List<String> ranked(ChromeDriver driver, String query, Map<String, String> firstSection) {
        List<List<String>> pages = (List<List<String>>) driver.executeAsyncScript(
                "const done = arguments[arguments.length - 1]; window.rank(arguments[0], arguments[1]).then(done);",
                query, 3 * RelevanceMetrics.SHOWN);
        List<String> out = new ArrayList<>();
        for (List<String> page : pages) {
            List<String> subs = page.size() > 1 ? page.subList(1, page.size()) : page;
            for (String url : subs) {
                String section = section(url);
                String path = section.substring(0, section.indexOf('#'));
                if (!firstSection.containsKey(path)) continue;
                if (url.indexOf('#') < 0) section = firstSection.get(path);
                if (!out.contains(section)) out.add(section);
                if (out.size() == RelevanceMetrics.SHOWN) return out;
            }
        }
        return out;
    }

    static String section(String url) {
        String u = url.startsWith("/") ? url.substring(1) : url;
        int hash = u.indexOf('#');
        String path = hash < 0 ? u : u.substring(0, hash);
        String anchor = hash < 0 ? SectionSplitter.INTRO_ANCHOR : u.substring(hash + 1);
        // The site links pages by their folder: "x/index.html" and "x/" are the page "x/", the home page "./".
        if (path.endsWith("index.html")) path = path.substring(0, path.length() - "index.html".length());
        if (path.isEmpty()) path = "./";
        return path + "#" + anchor;
    }

    private static void copy(Path from, Path to) throws Exception {
        try (var s = Files.walk(from)) {
            for (Path f : (Iterable<Path>) s::iterator) {
                Path t = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) Files.createDirectories(t);
                else Files.copy(f, t);
            }
        }
    }
}
