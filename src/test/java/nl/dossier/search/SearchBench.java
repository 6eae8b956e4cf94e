package nl.dossier.search;

import com.sun.net.httpserver.HttpServer;
import nl.dossier.build.Progress;
import nl.dossier.build.Pipeline;
import nl.dossier.build.SiteWithoutBundle;
import nl.dossier.link.SiteGraph;
import nl.dossier.model.Json;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

/**
 * The search benchmark (run by bench/search.sh, not by the unit tests): for each project folder,
 * builds the site, times the search stage, measures the index and export sizes, then serves the
 * site on 127.0.0.1 and measures in headless Chromium, with the browser cache off, what a first
 * and a second query download and how long they take, for Dossier and, when a pagefind binary is
 * given, for Pagefind over the same built site.
 *
 * <pre>java ... nl.dossier.search.SearchBench OUT.json [--pagefind BIN] [--without-bundle] NAME=PROJECT_DIR ...</pre>
 */
public final class SearchBench {
    static final String[][] QUERIES = {{"kroongetuige", "drugssmokkel haven"}, {"briefgeheim", "preventie"},
            {"douane", "katalysator"}};

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        String pagefind = null;
        boolean withoutBundle = false;
        List<String[]> projects = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--pagefind")) pagefind = args[++i];
            else if (args[i].equals("--without-bundle")) withoutBundle = true;
            else projects.add(args[i].split("=", 2));
        }
        Map<String, Object> results = new LinkedHashMap<>();
        ChromeDriver driver = browser();
        try {
            for (String[] p : projects) {
                System.err.println("== " + p[0]);
                results.put(p[0], measure(Path.of(p[1]), pagefind, driver, withoutBundle));
                Files.writeString(out, Json.write(results) + "\n");
            }
        } finally {
            driver.quit();
        }
        System.err.println(Json.write(results));
    }

    static ChromeDriver browser() throws IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + Files.createTempDirectory("bench-chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).build();
        ChromeDriver d = new ChromeDriver(service, options);
        d.executeCdpCommand("Network.enable", Map.of());
        d.executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", true));
        return d;
    }

    static Map<String, Object> measure(Path project, String pagefind, ChromeDriver driver, boolean withoutBundle) throws Exception {
        Path site = project.resolve("target/site");
        long t = System.nanoTime();
        // Without the offline bundle (and its whole-chapter PDF) for sites too large to build whole in time.
        SiteGraph graph = withoutBundle ? SiteWithoutBundle.build(project, site)
                : Pipeline.once(project).build(site, Progress.quiet()).graph();
        long buildMs = (System.nanoTime() - t) / 1_000_000;
        // The search stage alone, again, into scratch folders: index + browser export.
        Path scratch = Files.createTempDirectory("bench-search");
        t = System.nanoTime();
        Path scratchIndex = Files.createDirectories(scratch.resolve("index"));
        int sections = new SearchStage(graph).index(scratchIndex);
        int browserFiles = SearchStage.exportBrowserFiles(scratchIndex, Files.createDirectories(scratch.resolve("site")));
        long searchMs = (System.nanoTime() - t) / 1_000_000;

        Map<String, Object> r = new LinkedHashMap<>();
        r.put("pages", graph.pages().size());
        r.put("sections", sections);
        r.put(withoutBundle ? "siteBuildMsWithoutBundle" : "siteBuildMs", buildMs);
        Map<String, Object> dossier = new LinkedHashMap<>();
        dossier.put("indexBuildMs", searchMs);
        dossier.put("luceneIndexBytes", sizes(Pipeline.indexFolder(site)));
        dossier.put("browserIndexBytes", sizes(site.resolve(BrowserExport.FOLDER)));
        dossier.put("browserIndexFiles", browserFiles);
        dossier.put("clientJsBytes", sizes(clientScript(site)));

        HttpServer server = serve(site);
        String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
        try {
            List<Object> runs = new ArrayList<>();
            for (String[] pair : QUERIES) runs.add(dossierRun(driver, base, site, pair[0], pair[1]));
            dossier.put("queries", runs);
            r.put("dossier", dossier);
            if (pagefind != null) r.put("pagefind", pagefindRun(driver, base, site, pagefind));
        } finally {
            server.stop(0);
        }
        return r;
    }

    /** search.js under its fingerprinted name (search.HASH.js) since assets are fingerprinted. */
    static Path clientScript(Path site) throws IOException {
        try (Stream<Path> s = Files.list(site.resolve("assets/js"))) {
            return s.filter(f -> f.getFileName().toString().matches("search(\\.[0-9a-f]+)?\\.js")).findFirst()
                    .orElseThrow(() -> new IOException("no search.js in " + site.resolve("assets/js")));
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> dossierRun(ChromeDriver driver, String base, Path site, String q1, String q2) throws IOException {
        served("/search/");
        driver.get(base + "zoeken/index.html?q=" + URLEncoder.encode(q1, StandardCharsets.UTF_8).replace("+", "%20"));
        waitFor(driver, q1);
        JavascriptExecutor js = driver;
        List<String> first = new ArrayList<>((List<String>) js.executeScript("return window.dossierSearchStats.files.slice()"));
        js.executeScript("var i=document.getElementById('zoekterm'); i.value=arguments[0]; i.dispatchEvent(new Event('input'));", q2);
        waitFor(driver, q2);
        List<String> all = (List<String>) js.executeScript("return window.dossierSearchStats.files.slice()");
        List<Map<String, Object>> queries = (List<Map<String, Object>>) js.executeScript("return window.dossierSearchStats.queries");
        double start = ((Number) js.executeScript("return window.dossierSearchStats.start")).doubleValue();
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("first", q1);
        r.put("second", q2);
        r.put("firstQueryFiles", first.size());
        r.put("firstQueryBytes", sizes(site.resolve(BrowserExport.FOLDER), first));
        r.put("servedBothQueries", served("/search/"));
        r.put("secondQueryBytes", sizes(site.resolve(BrowserExport.FOLDER), all.subList(first.size(), all.size())));
        r.put("firstResultMsAfterScriptStart", round(((Number) queries.get(0).get("at")).doubleValue() - start));
        r.put("firstQueryMs", round(((Number) queries.get(0).get("ms")).doubleValue()));
        r.put("secondQueryMs", round(((Number) queries.get(1).get("ms")).doubleValue()));
        r.put("firstQueryRounds", queries.get(0).get("rounds"));
        r.put("secondQueryRounds", queries.get(1).get("rounds"));
        r.put("results", driver.findElements(By.cssSelector("#search-results [data-result]")).size());
        return r;
    }

    static void waitFor(ChromeDriver driver, String q) {
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> q.equals(d.findElement(By.id("search-results")).getAttribute("data-query")));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> pagefindRun(ChromeDriver driver, String base, Path site, String pagefind) throws Exception {
        Map<String, Object> r = new LinkedHashMap<>();
        long t = System.nanoTime();
        Process p = new ProcessBuilder(pagefind, "--site", site.toString()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (p.waitFor() != 0) {
            r.put("error", "pagefind exited with " + p.exitValue());
            return r;
        }
        r.put("indexBuildMs", (System.nanoTime() - t) / 1_000_000);
        r.put("indexBytes", sizes(site.resolve("pagefind")));
        Files.writeString(site.resolve("pagefind-bench.html"), """
                <!doctype html><meta charset="utf-8"><title>pagefind bench</title>
                <script type="module">
                window.benchStart = performance.now();
                const pf = await import('./pagefind/pagefind.js');
                await pf.init();
                window.benchSearch = async (q) => {
                  const s = performance.now();
                  const r = await pf.search(q);
                  const data = await Promise.all(r.results.slice(0, 5).map(x => x.data()));
                  return {ms: performance.now() - s, at: performance.now(), n: r.results.length, urls: data.map(d => d.url)};
                };
                window.benchReady = true;
                </script>
                """);
        List<Object> runs = new ArrayList<>();
        for (String[] pair : QUERIES) {
            served("/pagefind/");
            driver.get(base + "pagefind-bench.html");
            new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript("return window.benchReady === true")));
            Map<String, Object> q1 = (Map<String, Object>) driver.executeAsyncScript(
                    "const done = arguments[arguments.length - 1]; window.benchSearch(arguments[0]).then(done);", pair[0]);
            Map<String, Object> served1 = served("/pagefind/");
            Map<String, Object> q2 = (Map<String, Object>) driver.executeAsyncScript(
                    "const done = arguments[arguments.length - 1]; window.benchSearch(arguments[0]).then(done);", pair[1]);
            Map<String, Object> served2 = served("/pagefind/");
            double start = ((Number) driver.executeScript("return window.benchStart")).doubleValue();
            Map<String, Object> run = new LinkedHashMap<>();
            run.put("first", pair[0]);
            run.put("second", pair[1]);
            run.put("firstQueryBytes", served1);
            run.put("secondQueryBytes", served2);
            run.put("firstResultMsAfterScriptStart", round(((Number) q1.get("at")).doubleValue() - start));
            run.put("firstQueryMs", round(((Number) q1.get("ms")).doubleValue()));
            run.put("secondQueryMs", round(((Number) q2.get("ms")).doubleValue()));
            run.put("results", q1.get("n"));
            runs.add(run);
        }
        r.put("queries", runs);
        r.put("note", "bytes as sent by the local server for /pagefind/ (its index files are already gzip-compressed on disk); pagefind.js, wasm, entry, meta, index chunks and fragments of the top 5 included");
        return r;
    }

    static double round(double ms) {
        return Math.round(ms * 10) / 10.0;
    }

    /** Bytes and paths the local server sent since the last {@link #served()} call. */
    static final java.util.concurrent.atomic.AtomicLong SERVED_BYTES = new java.util.concurrent.atomic.AtomicLong();
    static final List<String> SERVED = java.util.Collections.synchronizedList(new ArrayList<>());

    static Map<String, Object> served(String under) {
        long bytes;
        List<String> paths;
        synchronized (SERVED) {
            paths = SERVED.stream().filter(x -> x.startsWith(under)).toList();
            bytes = SERVED_BYTES.getAndSet(0);
            SERVED.clear();
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("requests", paths.size());
        m.put("bytesServedUnder" + under.replace("/", ""), bytes);
        return m;
    }

    static HttpServer serve(Path root) throws IOException {
        // The JDK server otherwise holds small responses back (Nagle's algorithm against the
        // client's delayed acknowledgement), up to ~40 ms per script on this machine; a CDN such
        // as Netlify's does not, and Pagefind's files are served the same way. Set before the
        // server's classes read it; -Dsun.net.httpserver.nodelay=false restores the stall.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) System.setProperty("sun.net.httpserver.nodelay", "true");
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", ex -> {
            String path = ex.getRequestURI().getPath();
            Path f = root.resolve(path.substring(1)).normalize();
            if (!f.startsWith(root) || !Files.isRegularFile(f)) {
                ex.sendResponseHeaders(404, -1);
                ex.close();
                return;
            }
            String name = f.getFileName().toString();
            String type = name.endsWith(".html") ? "text/html; charset=utf-8" : name.endsWith(".js") ? "text/javascript"
                    : name.endsWith(".css") ? "text/css" : name.endsWith(".wasm") || name.endsWith(".pagefind") ? "application/wasm"
                    : name.endsWith(".json") ? "application/json" : "application/octet-stream";
            byte[] body = Files.readAllBytes(f);
            synchronized (SERVED) {
                if (path.startsWith("/pagefind/") || path.startsWith("/search/")) {
                    SERVED.add(path);
                    SERVED_BYTES.addAndGet(body.length);
                }
            }
            ex.getResponseHeaders().set("Content-Type", type);
            ex.sendResponseHeaders(200, body.length);
            try (OutputStream o = ex.getResponseBody()) {
                o.write(body);
            }
        });
        server.start();
        return server;
    }

    /** Raw and gzip bytes of a file or of every file in a folder. */
    static Map<String, Object> sizes(Path path) throws IOException {
        List<Path> files;
        if (Files.isDirectory(path)) {
            try (Stream<Path> s = Files.walk(path)) {
                files = s.filter(Files::isRegularFile).toList();
            }
        } else {
            files = List.of(path);
        }
        return sizeOf(files);
    }

    static Map<String, Object> sizes(Path folder, List<String> names) throws IOException {
        return sizeOf(names.stream().map(folder::resolve).toList());
    }

    static Map<String, Object> sizeOf(List<Path> files) throws IOException {
        long raw = 0, gz = 0;
        for (Path f : files) {
            byte[] b = Files.readAllBytes(f);
            raw += b.length;
            ByteArrayOutputStream bos = new ByteArrayOutputStream();
            try (GZIPOutputStream g = new GZIPOutputStream(bos)) {
                g.write(b);
            }
            gz += bos.size();
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("files", files.size());
        m.put("raw", raw);
        m.put("gzip", gz);
        return m;
    }
}
