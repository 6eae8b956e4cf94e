package nl.dossier.check;

import nl.dossier.model.ContentException;
import nl.dossier.model.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Every rule of the output check, on built pages written by hand: each mistake a template can
 * make is reported once, at its line and column (problems come sorted by file, line, column).
 */
class OutputCheckerTest {

    private static final String HEAD = "<!DOCTYPE html>\n<html lang=\"nl\"><head><title>t</title></head>\n<body>\n";
    private static final String FOOT = "</body></html>\n";

    private static Path page(Path site, String path, String body) throws IOException {
        Path file = site.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, HEAD + body + FOOT);
        return file;
    }

    /**
     * The problems of a site checked from disk; checked in memory (as the offline copy is, while it
     * is zipped), the same site gives the same problems.
     */
    private static List<String> problems(Supplier<OutputChecker> checker, Path site) throws IOException {
        ContentException e = assertThrows(ContentException.class, checker.get()::check);
        List<String> fromDisk = e.problems().stream().map(OutputCheckerTest::shown).toList();
        ContentException m = assertThrows(ContentException.class, () -> checkInMemory(checker.get(), site));
        assertEquals(fromDisk, m.problems().stream().map(OutputCheckerTest::shown).toList(), "in memory as from disk");
        return fromDisk;
    }

    /** Hands every file of the site to the checker's in-memory check, as the bundle stage does. */
    private static void checkInMemory(OutputChecker checker, Path site) throws IOException, ContentException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(site)) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) {
                files.put(site.relativize(f).toString().replace('\\', '/'), Files.readString(f));
            }
        }
        OutputChecker.InMemory inMemory = checker.inMemory();
        inMemory.files(files.keySet());
        files.forEach((name, text) -> {
            if (name.endsWith(".html")) inMemory.page(name, text);
        });
        inMemory.finish(files::get);
    }

    private static String shown(Problem p) {
        return p.file() + ":" + p.line() + ":" + p.column() + ": " + p.message();
    }

    @Test
    void aCleanSitePasses(@TempDir Path site) throws Exception {
        page(site, "index.html", "<h1>Home</h1>\n<h2 id=\"a\">A</h2>\n<a href=\"b/index.html#x\">b</a>\n"
                + "<img src=\"img/p.svg\" alt=\"\">\n<script type=\"application/ld+json\">{}</script>\n");
        page(site, "b/index.html", "<h1 id=\"x\">B</h1>\n<a href=\"../index.html#a\">terug</a> <a href=\"#x\">hier</a>"
                + " <a href=\"https://example.org/\">extern</a>\n<script src=\"../app.js\"></script>\n");
        Files.createDirectories(site.resolve("img"));
        Files.writeString(site.resolve("img/p.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        Files.writeString(site.resolve("app.js"), "");
        new OutputChecker(site).check();
        checkInMemory(new OutputChecker(site), site);
    }

    @Test
    void everyRuleIsReportedAtItsPlace(@TempDir Path site) throws Exception {
        page(site, "index.html", String.join("\n",
                "<h1>Eén</h1>",
                "<h3>Te diep</h3>",
                "<h2 id=\"dubbel\">Twee</h2>",
                "<p id=\"dubbel\">Zelfde id</p>",
                "<img src=\"plaatje.png\">",
                "<script>alert(1)</script>",
                "<style>p{}</style>",
                "<p style=\"color:red\" onclick=\"x()\">Inline</p>",
                "<img src=\"data:image/png;base64,AA\" alt=\"\">",
                "<a href=\"\">leeg</a>",
                "<a href=\"b\">map</a>",
                "<a href=\"/b/index.html\">absoluut</a>",
                "<a href=\"weg.html\">weg</a>",
                "<a href=\"b/index.html#nergens\">anker</a>",
                "<a href=\"http://[kapot\">kapot</a>",
                "<span></div></span>",
                "<script src=\"//cdn.example.org/x.js\"></script>",
                ""));
        page(site, "b/index.html", "<p>Geen kop</p>\n");
        Files.writeString(site.resolve("plaatje.png"), "");
        assertEquals(List.of(
                "site/b/index.html:0:0: page has 0 <h1> elements",
                "site/index.html:5:1: heading order: <h3> 'Te diep' follows an <h1>",
                "site/index.html:7:1: id 'dubbel' is used twice",
                "site/index.html:8:1: image plaatje.png has no alt attribute",
                "site/index.html:9:1: inline <script>",
                "site/index.html:10:1: inline <style> element",
                "site/index.html:11:1: event handler attribute onclick on <p>",
                "site/index.html:11:1: style attribute on <p>",
                "site/index.html:12:1: data: URL in src on <img>",
                "site/index.html:13:1: empty link",
                "site/index.html:14:1: link 'b' points at a folder without a final '/'",
                "site/index.html:15:1: root-relative link '/b/index.html'",
                "site/index.html:16:1: broken link 'weg.html'",
                "site/index.html:17:1: broken anchor 'b/index.html#nergens'",
                "site/index.html:18:1: the host name '[kapot' in 'http://[kapot' is not a valid IPv6 address, in href on <a>",
                "site/index.html:19:13: invalid HTML: Unexpected EndTag token [</div>] when in state [InBody]",
                "site/index.html:20:1: protocol-relative link '//cdn.example.org/x.js'"),
                problems(() -> new OutputChecker(site), site));
    }

    /**
     * With the sources of the built files, each problem names the file a writer edits: the
     * Markdown line (with a hint for Markdown), the template line (once, with where it shows),
     * the data file of an address, the asset itself; a mistake seen again in the copy of a page's
     * text is reported once.
     */
    @Test
    void problemsNameTheSourceTheyCameFrom(@TempDir Path site) throws Exception {
        page(site, "a/index.html", "<h1>A</h1>\n<p style=\"x\">sjabloon</p>\n<p id=\"d\">tekst</p><p id=\"d\">tekst</p>\n"
                + "<a href=\"https://bron.example/\">bron</a> <a href=\"weg.html\">weg</a>\n");
        page(site, "b/index.html", "<h1>B</h1>\n<p style=\"x\">sjabloon</p>\n");
        page(site, "volledig/index.html", "<h1>V</h1>\n<p>kopie</p>\n<p id=\"d\">tekst</p><p id=\"d\">tekst</p>\n");
        page(site, "assets/los.html", "<h1>L</h1>\n<a href=\"nergens.html\">x</a>\n");
        OutputChecker.Sources sources = (file, text, line, column, link) -> {
            if (file.startsWith("assets/")) return new OutputChecker.Place(file, line, column, OutputChecker.Origin.ASSET, false);
            if (line == 5) return new OutputChecker.Place("templates/x.ftl", 3, 0, OutputChecker.Origin.TEMPLATE, false);
            if (line == 6) return new OutputChecker.Place("content/a.md", 7, 0, OutputChecker.Origin.MARKDOWN, file.startsWith("volledig"));
            if ("https://bron.example/".equals(link)) return new OutputChecker.Place("content/references.yaml", 12, 0, OutputChecker.Origin.DATA, false);
            return null;
        };
        ContentException e = assertThrows(ContentException.class, () -> OutputChecker.offlineCopy(site, "https://bron.example", sources).check());
        assertEquals(List.of(
                "assets/los.html:5:1: broken link 'nergens.html' (the target file does not exist in the built site)",
                "content/a.md:7: id 'd' is used twice (ids must be unique on a page: the page's template uses this one too, "
                        + "or another {#…} on the page does; choose another name)",
                "content/references.yaml:12: link to the site's own address 'https://bron.example/' would leave the offline copy "
                        + "(link to pages of this site with a relative link (e.g. [tekst](andere-pagina.md)))",
                "offline/a/index.html:7:42: broken link 'weg.html' (the target file does not exist in the built site)",
                "templates/x.ftl:3: style attribute on <p> in offline/a/index.html:5:1 and 1 other place (the Content-Security-Policy "
                        + "in netlify.toml blocks inline code and styles; put it in a file under assets/)"),
                e.problems().stream().map(Problem::toString).toList());
    }

    @Test
    void nothingRunsOrLoadsCodeTheTemplatesDidNotPutThere(@TempDir Path site) throws Exception {
        page(site, "index.html", String.join("\n",
                "<h1>Eén</h1>",
                "<a href=\" JaVa&#x09;ScRiPt:alert(1)\">a</a>",
                "<a href=\"vbscript:msgbox(1)\">b</a> <a href=\"file:///etc/passwd\">c</a>",
                "<video poster=\"livescript:x\"></video>",
                "<img alt=\"\" src=\"p.svg\" srcset=\"p.svg 1x, javascript:x 2x\">",
                "<svg><a xlink:href=\"javascript:alert(1)\"><text>t</text></a></svg>",
                "<form action=\"https://example.org/\" method=\"post\"><button formaction=\"javascript:x\">b</button></form>",
                "<form action=\"zoeken/index.html\" method=\"get\" role=\"search\"><input name=\"q\"></form>",
                "<form action=\"zoeken/index.html?x=1\"></form>",
                "<iframe srcdoc=\"&lt;script&gt;alert(1)&lt;/script&gt;\"></iframe>",
                "<object data=\"p.svg\"></object><embed src=\"p.svg\">",
                "<meta http-equiv=\" Refresh\" content=\"0;url=https://example.org/\">",
                "<base href=\"https://example.org/\">",
                "<script src=\"https://cdn.example.org/x.js\"></script>",
                "<a href=\"https://example.org/{x}|y?a=&quot;b&quot;#c#d\">odd but fine</a> <a href=\"mailto:a@example.org?subject=%3Choi%3E\">m</a>",
                "<p>\uFFFF<iframe src=\"https://example.org/\"></iframe></p>",
                ""));
        page(site, "zoeken/index.html", "<h1>Zoeken</h1>\n<form action=\"index.html\"></form>\n");
        Files.writeString(site.resolve("404.html"), "<!DOCTYPE html>\n<html lang=\"nl\"><head><title>t</title></head>\n<body>\n"
                + "<h1>Niet gevonden</h1>\n<form action=\"/zoeken/index.html\"></form>\n</body></html>\n");
        Files.writeString(site.resolve("p.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        assertEquals(List.of(
                "site/index.html:5:1: javascript: URL in href on <a>",
                "site/index.html:6:1: vbscript: URL in href on <a>",
                "site/index.html:6:36: file: URL in href on <a>",
                "site/index.html:7:1: livescript: URL in poster on <video>",
                "site/index.html:8:1: javascript: URL in srcset on <img>",
                "site/index.html:9:6: javascript: URL in xlink:href on <a>",
                "site/index.html:10:1: form that is not the site's search form (action 'https://example.org/')",
                "site/index.html:10:51: javascript: URL in formaction on <button>",
                "site/index.html:12:1: form that is not the site's search form (action 'zoeken/index.html?x=1')",
                "site/index.html:13:1: <iframe> element",
                "site/index.html:13:1: srcdoc attribute on <iframe>",
                "site/index.html:14:1: <object> element",
                "site/index.html:14:31: <embed> element",
                "site/index.html:15:1: <meta http-equiv=\"refresh\"> sends the reader elsewhere",
                "site/index.html:16:1: <base> element",
                "site/index.html:17:1: script from another site: https://cdn.example.org/x.js",
                "site/index.html:19:5: <iframe> element"),
                problems(() -> new OutputChecker(site), site));
    }

    /**
     * The hosted site links a page by its folder, which the server answers with its index.html;
     * the offline copy opens from disk, where a browser shows the folder instead.
     */
    @Test
    void aFolderLinkLeadsToItsIndexOnTheHostedSiteOnly(@TempDir Path site) throws Exception {
        page(site, "index.html", String.join("\n",
                "<h1>Eén</h1>",
                "<a href=\"b/\">map</a>",
                "<a href=\"b/#kop\">kop</a>",
                "<a href=\"b/#nergens\">anker</a>",
                "<form action=\"zoeken/\" method=\"get\"><input name=\"q\"></form>",
                "<a href=\"b/index.html\">bestand</a>",
                "<a href=\"leeg/\">lege map</a>",
                ""));
        page(site, "b/index.html", "<h1 id=\"kop\">B</h1>\n");
        page(site, "zoeken/index.html", "<h1>Zoeken</h1>\n");
        Files.createDirectories(site.resolve("leeg/sub"));
        Files.writeString(site.resolve("leeg/sub/x.txt"), "");
        assertEquals(List.of(
                "site/index.html:7:1: broken anchor 'b/#nergens'",
                "site/index.html:10:1: broken link 'leeg/'"),
                problems(() -> new OutputChecker(site), site));
        assertEquals(List.of(
                "offline/index.html:5:1: link 'b/' points at a folder",
                "offline/index.html:6:1: link 'b/#kop' points at a folder",
                "offline/index.html:7:1: link 'b/#nergens' points at a folder",
                "offline/index.html:8:1: form that is not the site's search form (action 'zoeken/')",
                "offline/index.html:10:1: link 'leeg/' points at a folder"),
                problems(() -> OutputChecker.offlineCopy(site, "https://drugs.example.nl", null), site));
    }

    @Test
    void theOfflineCopyMustNotLinkToTheSitesOwnAddress(@TempDir Path site) throws Exception {
        page(site, "index.html", String.join("\n",
                "<link rel=\"canonical\" href=\"https://drugs.example.nl/\">",
                "<h1>Kopie</h1>",
                "<a class=\"live-versie\" href=\"https://drugs.example.nl/\">live</a>",
                "<a href=\"https://drugs.example.nl/b/\">terug naar de site</a>",
                "<img alt=\"\" src=\"//drugs.example.nl/logo.svg\">",
                "<a href=\"https://drugs.example.nl.evil.org/\">ander domein</a>",
                ""));
        assertEquals(List.of(
                "offline/index.html:7:1: link to the site's own address 'https://drugs.example.nl/b/' would leave the offline copy",
                "offline/index.html:8:1: link to the site's own address '//drugs.example.nl/logo.svg' would leave the offline copy",
                "offline/index.html:8:1: protocol-relative link '//drugs.example.nl/logo.svg'"),
                problems(() -> OutputChecker.offlineCopy(site, "https://drugs.example.nl", null), site));
    }
}
