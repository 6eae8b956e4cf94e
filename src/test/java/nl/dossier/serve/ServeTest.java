package nl.dossier.serve;

import nl.dossier.TestSites;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

import static nl.dossier.build.BuildCommandTest.copyProject;
import static nl.dossier.serve.LiveSiteTest.edit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * {@code dossier serve} through a real HTTP client and real file changes: the watcher notices,
 * the site is rebuilt, and the new version is served; errors show the error page and go away.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ServeTest {
    static final Duration TIMEOUT = Duration.ofSeconds(30);
    @TempDir
    static Path tmp;
    static Path proj;
    static DevServer server;
    static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void start() throws IOException {
        proj = tmp.resolve("proj");
        copyProject(TestSites.projectRoot(), proj);
        server = DevServer.start(proj, 0, null);
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
    }

    record Page(int status, String body, String type) {
    }

    static Page get(String path) {
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(server.url() + path)).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Page(r.statusCode(), r.body(), r.headers().firstValue("Content-Type").orElse(""));
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    /** Polls until the page satisfies the condition (the rebuild runs in the watcher's thread). */
    static Page until(String path, Predicate<Page> condition) {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        Page p;
        do {
            p = get(path);
            if (condition.test(p)) return p;
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        } while (System.nanoTime() < deadline);
        fail("timed out waiting for " + path + "; last: " + p.status() + " " + p.body().substring(0, Math.min(600, p.body().length())));
        return p;
    }

    @Test
    @Order(1)
    void servesTheSiteWithTheReloadScriptAndTheSiteHeaders() throws IOException, InterruptedException {
        Page home = get("");
        assertEquals(200, home.status());
        assertTrue(home.type().startsWith("text/html"), home.type());
        assertTrue(home.body().contains("<script src=\"/__dossier/livereload.js\" data-version=\""), "reload script injected");
        assertTrue(home.body().contains("href=\"assets/css/site.css\""), "the preview does not fingerprint");
        assertEquals(200, get("assets/css/site.css").status());
        Page script = get("__dossier/livereload.js");
        assertEquals(200, script.status());
        assertTrue(script.body().contains("EventSource"));
        assertEquals(200, get("bestrijding-drugssmokkel/").status());
        assertEquals(404, get("bestaat-niet/").status());
        assertTrue(get("bestaat-niet/").body().contains("Pagina niet gevonden"));
        HttpResponse<Void> folder = http.send(HttpRequest.newBuilder(URI.create(server.url() + "bestrijding-drugssmokkel")).build(),
                HttpResponse.BodyHandlers.discarding());
        assertEquals(301, folder.statusCode());
        assertEquals("/bestrijding-drugssmokkel/", folder.headers().firstValue("Location").orElse(""));
        assertTrue(folder.headers().firstValue("Content-Security-Policy").orElse("").contains("script-src 'self'"));
        int traversal = get("..%2f..%2fetc/passwd").status();
        assertTrue(traversal == 400 || traversal == 404, "no way out of the site: " + traversal);
    }

    @Test
    @Order(2)
    void anEditIsServedAndAnnouncedOverServerSentEvents() throws Exception {
        HttpResponse<Stream<String>> events = http.send(HttpRequest.newBuilder(URI.create(server.url() + "__dossier/events")).build(),
                HttpResponse.BodyHandlers.ofLines());
        assertEquals("text/event-stream; charset=utf-8", events.headers().firstValue("Content-Type").orElse(""));
        Iterator<String> lines = events.body().iterator();
        long first = nextVersion(lines);
        assertEquals(server.site().version(), first);

        edit(proj.resolve("content/bestrijding-drugssmokkel.md"), "## Douane {#douane}", "## De Douane {#douane}");
        until("bestrijding-drugssmokkel/", p -> p.body().contains("De Douane</h2>"));
        long next = nextVersion(lines);
        assertTrue(next > first, "a version event after the rebuild: " + first + " → " + next);
        events.body().close();
    }

    private static long nextVersion(Iterator<String> lines) throws Exception {
        CompletableFuture<Long> f = CompletableFuture.supplyAsync(() -> {
            while (lines.hasNext()) {
                String line = lines.next();
                if (line.startsWith("data: {\"version\":")) return Long.parseLong(line.replaceAll("data: \\{\"version\":(\\d+).*", "$1"));
            }
            return -1L;
        });
        return f.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    }

    @Test
    @Order(3)
    void anErrorShowsTheErrorPageForPagesAndKeepsTheRestAvailableUntilFixed() throws IOException {
        Path page = proj.resolve("content/bestrijding-drugssmokkel.md");
        edit(page, "bloemenveilingen [28]", "bloemenveilingen [99]");
        Page error = until("", p -> p.status() == 500);
        assertTrue(error.body().contains("De site kan niet worden gebouwd"), error.body());
        assertTrue(error.body().matches("(?s).*<code class=\"plaats\">content/bestrijding-drugssmokkel\\.md:\\d+:\\d+</code>.*"), error.body());
        assertTrue(error.body().contains("de bronvermelding [99] verwijst naar bron 99, die niet in content/references.yaml staat"), error.body());
        assertTrue(error.body().contains("/__dossier/livereload.js"), "the error page reloads itself when fixed");
        assertEquals(500, get("begrippen/index.html").status(), "every HTML request gets the error page");
        assertEquals(200, get("assets/css/site.css").status(), "the last good output stays available");
        assertEquals(200, get("sitemap.xml").status());

        edit(page, "bloemenveilingen [99]", "bloemenveilingen [28]");
        Page fixed = until("bestrijding-drugssmokkel/", p -> p.status() == 200);
        assertTrue(fixed.body().replace("\u00AD", "").contains("bloemenveilingen"), "the text is back (soft hyphens aside)");
    }

    @Test
    @Order(4)
    void deletedAndRenamedPagesDisappear() throws IOException {
        Files.move(proj.resolve("content/ondermijningswetgeving.md"), proj.resolve("content/wetgeving.md"));
        until("wetgeving/", p -> p.status() == 200);
        assertEquals(404, until("ondermijningswetgeving/", p -> p.status() == 404).status());
        assertTrue(get("").body().contains("href=\"wetgeving/\""), "the home page lists the new address");

        Files.delete(proj.resolve("content/wetgeving.md"));
        until("wetgeving/", p -> p.status() == 404);
        assertFalse(get("").body().contains("href=\"wetgeving/\""));
    }

    @Test
    @Order(5)
    void templateAndStylesheetEditsApplyWithoutRestart() throws IOException {
        edit(proj.resolve("templates/layout.ftl"), "<p class=\"bewerk\">", "<p class=\"bewerk aangepast\">");
        until("bestrijding-drugssmokkel/", p -> p.body().contains("<p class=\"bewerk aangepast\">"));
        edit(proj.resolve("templates/messages/nl.yaml"), "edit_page: Bewerk deze pagina", "edit_page: Pas deze pagina aan");
        until("bestrijding-drugssmokkel/", p -> p.body().contains("Pas deze pagina aan"));
        Files.writeString(proj.resolve("assets/css/site.css"), "\n/* nieuw */\n", java.nio.file.StandardOpenOption.APPEND);
        until("assets/css/site.css", p -> p.body().endsWith("/* nieuw */\n"));
    }
}
