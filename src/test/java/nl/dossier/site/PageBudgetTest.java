package nl.dossier.site;

import nl.dossier.TestSites;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The budgets of docs/testing.md ("Browser tests and budgets"), measured on the built files: per page HTML + CSS + JS
 * ≤ 30 KB gzip (search data excluded), no render-blocking script, no web font from elsewhere,
 * nothing loaded from another host. The measured weights go to bench/results/page-weights.json.
 */
class PageBudgetTest {
    static final int BUDGET_BYTES = 30 * 1024;
    /** Search data (an index the search script fetches) is outside the page budget. */
    static final Pattern SEARCH_DATA = Pattern.compile("search[-_.]?(data|index)|zoekindex", Pattern.CASE_INSENSITIVE);

    static Path site;
    static final Map<String, Document> pages = new TreeMap<>();

    @BeforeAll
    static void load() throws IOException {
        site = TestSites.realSiteDir();
        pages.putAll(TestSites.realSitePages());
    }

    static int gzipSize(Path file) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
                gz.write(Files.readAllBytes(file));
            }
            return bytes.size();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A local file referenced from a page, or null for a link to elsewhere. */
    static Path local(String page, String ref) {
        URI uri = URI.create(ref);
        if (uri.getScheme() != null || uri.getPath() == null || uri.getPath().isEmpty()) return null;
        Path base = site.resolve(page).getParent();
        return uri.getPath().startsWith("/") ? site.resolve(uri.getPath().substring(1)) : base.resolve(uri.getPath()).normalize();
    }

    @Test
    void everyPageWeighsAtMost30KbGzipWithItsCssAndJs() throws IOException {
        Map<String, Object> report = new LinkedHashMap<>();
        List<String> over = new ArrayList<>();
        for (var e : pages.entrySet()) {
            String page = e.getKey();
            int html = gzipSize(site.resolve(page));
            int css = 0;
            int js = 0;
            for (Element link : e.getValue().select("link[rel=stylesheet][href]")) {
                Path f = local(page, link.attr("href"));
                if (f != null) css += gzipSize(f);
            }
            for (Element script : e.getValue().select("script[src]")) {
                Path f = local(page, script.attr("src"));
                if (f != null && !SEARCH_DATA.matcher(f.getFileName().toString()).find()) js += gzipSize(f);
            }
            int total = html + css + js;
            report.put(page, Map.of("html", html, "css", css, "js", js, "total", total));
            System.out.printf("weight %-50s html %6d  css %6d  js %6d  total %6d bytes gzip%n", page, html, css, js, total);
            if (total > BUDGET_BYTES) over.add(page + ": " + total + " bytes gzip > " + BUDGET_BYTES);
        }
        Path out = TestSites.projectRoot().resolve("bench/results/page-weights.json");
        Files.createDirectories(out.getParent());
        StringBuilder json = new StringBuilder("{\n  \"budgetBytesGzip\": " + BUDGET_BYTES + ",\n  \"pages\": {\n");
        int i = 0;
        for (var r : report.entrySet()) {
            @SuppressWarnings("unchecked")
            Map<String, Integer> w = (Map<String, Integer>) r.getValue();
            json.append(String.format("    \"%s\": {\"html\": %d, \"css\": %d, \"js\": %d, \"total\": %d}%s%n", r.getKey(),
                    w.get("html"), w.get("css"), w.get("js"), w.get("total"), ++i < report.size() ? "," : ""));
        }
        json.append("  }\n}\n");
        Files.writeString(out, json);
        assertEquals(List.of(), over);
    }

    @Test
    void noRenderBlockingScript() {
        for (var e : pages.entrySet()) {
            for (Element s : e.getValue().select("script")) {
                String type = s.attr("type");
                if (type.equals("application/ld+json") || type.equals("application/json")) continue; // data, not executed
                boolean deferred = s.hasAttr("defer") || s.hasAttr("async") || type.equals("module");
                boolean inHead = s.parents().stream().anyMatch(p -> p.tagName().equals("head"));
                assertTrue(!inHead || (s.hasAttr("src") && deferred),
                        e.getKey() + ": script in <head> must be external with defer/async: " + s.outerHtml());
            }
        }
    }

    @Test
    void nothingIsLoadedFromAnotherHostAndFontsAreSelfHosted() throws IOException {
        List<String> problems = new ArrayList<>();
        for (var e : pages.entrySet()) {
            Document d = e.getValue();
            for (Element el : d.select("script[src], img[src], iframe[src], video[src], audio[src], source[src], embed[src], object[data]")) {
                String ref = el.hasAttr("src") ? el.attr("src") : el.attr("data");
                if (URI.create(ref).getScheme() != null) problems.add(e.getKey() + ": " + el.tagName() + " from " + ref);
            }
            for (Element el : d.select("link[href]")) {
                String rel = el.attr("rel");
                if (rel.equals("canonical") || rel.equals("alternate")) continue; // addresses, not loaded
                if (URI.create(el.attr("href")).getScheme() != null) problems.add(e.getKey() + ": <link rel=" + rel + "> from " + el.attr("href"));
            }
            if (!d.select("[style*=url(]").isEmpty()) problems.add(e.getKey() + ": inline style loads a url()");
        }
        Pattern importOrUrl = Pattern.compile("@import|url\\(\\s*['\"]?([^'\")]+)");
        Pattern fontFace = Pattern.compile("@font-face\\s*\\{[^}]*\\}");
        try (Stream<Path> css = Files.walk(site).filter(p -> p.toString().endsWith(".css"))) {
            for (Path f : css.toList()) {
                String text = Files.readString(f);
                Matcher m = importOrUrl.matcher(text);
                while (m.find()) {
                    String url = m.group(1);
                    if (url == null || url.contains(":") && !url.startsWith("data:")) problems.add(site.relativize(f) + ": " + m.group());
                }
                Matcher ff = fontFace.matcher(text);
                while (ff.find()) {
                    if (!ff.group().contains(".woff2")) problems.add(site.relativize(f) + ": a self-hosted font must be woff2 (subset): " + ff.group());
                }
            }
        }
        assertEquals(List.of(), problems);
    }
}
