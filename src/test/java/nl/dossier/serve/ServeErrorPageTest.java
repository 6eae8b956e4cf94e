package nl.dossier.serve;

import nl.dossier.TestSites;
import nl.dossier.model.ProblemCatalog;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static nl.dossier.build.BuildCommandTest.copyProject;
import static nl.dossier.build.BuildCommandTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The page {@code dossier serve} shows while the text has a problem, and what its terminal says,
 * through a real server, real edits and real HTTP requests: each problem once, in the site's
 * language, with the source lines around it and a marker under the column.
 */
class ServeErrorPageTest {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String PAGE = "content/bestrijding-drugssmokkel.md";

    /** A running preview with its terminal captured. */
    private record Preview(DevServer server, ByteArrayOutputStream terminal) implements AutoCloseable {
        static Preview of(Path project) throws IOException {
            ByteArrayOutputStream terminal = new ByteArrayOutputStream();
            return new Preview(DevServer.start(project, 0, new PrintStream(terminal, true, StandardCharsets.UTF_8)), terminal);
        }

        String printed() {
            return terminal.toString(StandardCharsets.UTF_8);
        }

        /** The error page, once the rebuild after an edit has found a problem. */
        Document errorPage() throws Exception {
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (System.nanoTime() < deadline) {
                HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(server.url())).timeout(Duration.ofSeconds(10)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 500) return Jsoup.parse(r.body());
                Thread.sleep(20);
            }
            return fail("no error page; terminal:\n" + printed());
        }

        @Override
        public void close() {
            server.close();
        }
    }

    private static Path realProject(Path tmp) throws IOException {
        Path proj = tmp.resolve("proj");
        copyProject(TestSites.projectRoot(), proj);
        return proj;
    }

    private static void edit(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertTrue(text.contains(from), "fixture out of date: " + from);
        Files.writeString(file, text.replace(from, to));
    }

    @Test
    void eachProblemShowsItsLinesWithAMarkerUnderTheColumnEscaped(@TempDir Path tmp) throws Exception {
        Path proj = realProject(tmp);
        try (Preview preview = Preview.of(proj)) {
            edit(proj.resolve(PAGE), "bloemenveilingen [28]", "<strong>bloemenveilingen</strong> [99]");
            Document page = preview.errorPage();

            assertEquals("nl", page.selectFirst("html").attr("lang"));
            Element problem = page.selectFirst("ol.problemen li");
            String place = problem.selectFirst("code.plaats").text();
            Matcher m = Pattern.compile(Pattern.quote(PAGE) + ":(\\d+):(\\d+)").matcher(place);
            assertTrue(m.matches(), place);
            int line = Integer.parseInt(m.group(1));
            List<String> source = Files.readAllLines(proj.resolve(PAGE));
            assertTrue(problem.selectFirst(".melding").text().contains("de bronvermelding [99] verwijst naar bron 99"), problem.outerHtml());

            Element excerpt = problem.selectFirst("pre.bron");
            assertTrue(excerpt != null, "the source lines are shown: " + problem.outerHtml());
            List<String> shown = excerpt.select("span.regel").eachText();
            assertEquals(3, shown.size(), "the line, one before and one after: " + shown);
            for (int i = 0; i < 3; i++) {
                // A long line (a paragraph) is cut around the column, with … where it is cut.
                String text = excerpt.select("span.regel").get(i).wholeText();
                assertTrue(text.startsWith((line - 1 + i) + " | "), text);
                String part = text.substring(text.indexOf(" | ") + 3).replaceAll("^…|…$", "");
                assertTrue(part.isEmpty() ? source.get(line - 2 + i).isEmpty() : source.get(line - 2 + i).contains(part), text + " is part of line " + (line - 1 + i));
            }
            String wrong = excerpt.selectFirst("span.fout").wholeText();
            String marker = excerpt.selectFirst("span.markering").wholeText();
            assertEquals(wrong.indexOf("[99]"), marker.indexOf('^'), "the marker is under the column:\n" + wrong + "\n" + marker);
            assertTrue(excerpt.html().contains("&lt;strong&gt;bloemenveilingen&lt;/strong&gt; [99]"), "the writer's text is shown as text: " + excerpt.html());
            assertTrue(page.select("strong").isEmpty(), "no markup of the writer's on the error page");

            String terminal = preview.printed();
            assertTrue(terminal.contains("1 probleem: elke pagina in de browser toont het tot je het bestand herstelt en opslaat"), terminal);
            assertFalse(terminal.contains("last good version"), "the terminal says what really happens: " + terminal);
            assertTrue(terminal.contains("  " + place + ": de bronvermelding [99]"), terminal);
        }
    }

    /** A template mistake breaks every page that uses it; it is one problem, on the page and in the terminal. */
    @Test
    void aBrokenTemplateIsOneProblem(@TempDir Path tmp) throws Exception {
        Path proj = realProject(tmp);
        try (Preview preview = Preview.of(proj)) {
            Path template = proj.resolve("templates/page.ftl");
            edit(template, "</h1>", "</h1>${content.bestaatNiet}");
            Document page = preview.errorPage();

            assertEquals(1, page.select("ol.problemen li").size(), page.select("ol.problemen").outerHtml());
            Element problem = page.selectFirst("ol.problemen li");
            assertTrue(problem.selectFirst("code.plaats").text().startsWith("templates/page.ftl:"), problem.outerHtml());
            assertTrue(problem.selectFirst(".melding").text().startsWith("fout in het template bij het maken van content/"), problem.outerHtml());
            assertTrue(problem.selectFirst("span.fout").wholeText().contains("${content.bestaatNiet}"), problem.outerHtml());
            assertTrue(page.selectFirst("main > p").text().startsWith("Er is 1 probleem."), page.selectFirst("main > p").text());

            String terminal = preview.printed();
            assertEquals(1, terminal.lines().filter(l -> l.startsWith("  templates/page.ftl:")).count(), terminal);
            assertTrue(terminal.contains(" 1 probleem: "), terminal);
        }
    }

    @Test
    void anEnglishSitesErrorPageIsEnglish(@TempDir Path tmp) throws Exception {
        Path site = tmp.resolve("site");
        assertEquals(0, run("init", "--language", "en", site.toString()).exit());
        try (Preview preview = Preview.of(site)) {
            Path index = site.resolve("content/index.md");
            Files.writeString(index, Files.readString(index) + "\nSee [this](missing-page.md).\n");
            Document page = preview.errorPage();

            assertEquals("en", page.selectFirst("html").attr("lang"));
            assertEquals("The site cannot be built", page.selectFirst("h1").text());
            assertTrue(page.selectFirst(".melding").text().contains("link to missing page 'missing-page.md'"), page.html());
            assertTrue(page.selectFirst("span.fout").wholeText().contains("See [this](missing-page.md)."), page.html());
            String terminal = preview.printed();
            assertTrue(terminal.contains("1 problem: every page in the browser shows it until the file is fixed and saved"), terminal);
            nl.dossier.errors.Languages.assertOnly(ProblemCatalog.ENGLISH, page.text() + "\n" + terminal);
        }
    }
}
