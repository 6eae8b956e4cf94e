package nl.dossier.serve;

import nl.dossier.TestFiles;
import nl.dossier.TestSites;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

import static nl.dossier.build.BuildCommandTest.copyProject;
import static nl.dossier.serve.LiveSiteTest.edit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * {@code serve} serves the site and nothing else: no file a build would refuse (links out of
 * assets/, into .git, hidden files), no answer to a page on another host name (DNS rebinding),
 * no path with dot-segments; and it follows content/ and templates/ when they are replaced.
 * Every request goes over a raw socket, so that the Host header is exactly what the test writes.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ServeTrustTest {
    /** Long enough for a full rebuild on a busy machine; the tests poll, so they finish as soon as the change is served. */
    static final Duration TIMEOUT = Duration.ofSeconds(15);
    static final String SECRET = "GEHEIM-4711";

    @TempDir
    static Path tmp;
    static Path proj;
    static DevServer server;

    /** The project starts with a link to a file outside it, a link to .git/config and hidden files in assets/. */
    @BeforeAll
    static void start() throws IOException {
        proj = tmp.resolve("proj");
        copyProject(TestSites.projectRoot(), proj);
        Path outside = Files.writeString(tmp.resolve("passwd"), "root:x:0:0:" + SECRET + "\n");
        Files.createSymbolicLink(proj.resolve("assets/geheim.txt"), outside);
        Files.createDirectories(proj.resolve(".git"));
        Files.writeString(proj.resolve(".git/config"), "[http]\n\textraheader = AUTHORIZATION: basic " + SECRET + "\n");
        Files.createSymbolicLink(proj.resolve("assets/config.txt"), Path.of("../.git/config"));
        Files.writeString(proj.resolve("assets/.env"), "TOKEN=" + SECRET + "\n");
        Files.writeString(proj.resolve("assets/.htaccess"), "# " + SECRET + "\n");
        Files.createDirectories(proj.resolve("assets/.git"));
        Files.writeString(proj.resolve("assets/.git/config"), SECRET + "\n");
        server = DevServer.start(proj, 0, null);
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
    }

    record Response(int status, String head, String body) {
    }

    /** Sends one request as written (CRLF line ends added) and reads the whole answer. */
    static Response raw(String... requestLines) {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
            s.setSoTimeout(10_000);
            OutputStream out = s.getOutputStream();
            out.write((String.join("\r\n", requestLines) + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = s.getInputStream();
            String all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int end = all.indexOf("\r\n\r\n");
            String head = end < 0 ? all : all.substring(0, end);
            String[] status = head.split(" ", 3);
            assertTrue(status.length >= 2 && status[0].startsWith("HTTP/"), "an HTTP response: " + all);
            return new Response(Integer.parseInt(status[1]), head, end < 0 ? "" : all.substring(end + 4));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    static String host() {
        return "127.0.0.1:" + server.port();
    }

    static Response get(String path) {
        return raw("GET /" + path + " HTTP/1.1", "Host: " + host(), "Connection: close");
    }

    static Response until(String path, Predicate<Response> condition) {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        Response r;
        do {
            r = get(path);
            if (condition.test(r)) return r;
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        } while (System.nanoTime() < deadline);
        fail("timed out waiting for /" + path + "; last: " + r.status() + " " + r.body().substring(0, Math.min(800, r.body().length())));
        return r;
    }

    /** 404, or while the site has a problem the error page for what looks like a page ("config"), never the file. */
    static void assertNotServed(String path) {
        Response r = get(path);
        boolean errorPage = r.status() == 500 && r.body().contains("De site kan niet worden gebouwd") && DevServer.looksLikePage(path);
        assertTrue(r.status() == 404 || errorPage, path + " is not served: " + r.status());
        assertFalse(r.body().contains(SECRET), path + " leaks its target");
    }

    @Test
    @Order(1)
    void linksOutOfAssetsAreNotServedButReportedAndHiddenFilesAreNotServed() {
        assertNotServed("assets/geheim.txt");
        assertNotServed("assets/config.txt");
        assertNotServed("assets/.env");
        assertNotServed("assets/.htaccess");
        assertNotServed("assets/.git/config");
        Response home = get("");
        assertEquals(500, home.status(), "the links are content errors, shown on the error page");
        assertTrue(home.body().contains("<code class=\"plaats\">assets/geheim.txt</code> <span class=\"melding\">dit bestand is een link naar een bestand buiten het project"),
                home.body());
        assertTrue(home.body().contains("<code class=\"plaats\">assets/config.txt</code> <span class=\"melding\">dit bestand is een link naar .git/config, een verborgen"),
                home.body());
        assertFalse(home.body().contains(".env") || home.body().contains(".htaccess"), "hidden files are left out silently");
        assertFalse(home.body().contains(SECRET));
    }

    @Test
    @Order(2)
    void removingTheLinksBringsTheSiteBackWithoutTheHiddenFiles() throws IOException {
        Files.delete(proj.resolve("assets/geheim.txt"));
        Files.delete(proj.resolve("assets/config.txt"));
        Response home = until("", r -> r.status() == 200);
        assertTrue(home.body().contains("assets/css/site.css"));
        assertEquals(200, get("assets/css/site.css").status());
        assertNotServed("assets/.env");
        assertNotServed("assets/.git/config");
    }

    @Test
    @Order(3)
    void aLinkAddedWhileServingIsRefusedUntilItIsRemoved() throws IOException {
        Path link = Files.createSymbolicLink(proj.resolve("assets/img/kaart.svg"), Path.of("../../.git/config"));
        Response error = until("", r -> r.status() == 500 && r.body().contains("assets/img/kaart.svg"));
        assertTrue(error.body().contains("dit bestand is een link naar .git/config, een verborgen bestand of map"), error.body());
        assertNotServed("assets/img/kaart.svg");
        Path outside = Files.createSymbolicLink(proj.resolve("assets/js/extra.js"), tmp.resolve("passwd"));
        error = until("", r -> r.status() == 500 && r.body().contains("assets/js/extra.js"));
        assertTrue(error.body().contains("assets/img/kaart.svg"), "the first link is still reported: " + error.body());
        assertNotServed("assets/js/extra.js");
        assertEquals(200, get("assets/css/site.css").status(), "the last good version stays available");

        Files.delete(link);
        Files.delete(outside);
        until("", r -> r.status() == 200);
        assertNotServed("assets/img/kaart.svg");
    }

    @Test
    @Order(4)
    void onlyRequestsForTheLoopbackAddressAndThisPortAreAnswered() {
        int port = server.port();
        String path = "GET /__dossier/livereload.js HTTP/1.1";
        for (String ok : List.of("127.0.0.1:" + port, "localhost:" + port, "[::1]:" + port, "127.0.0.1", "localhost", "[::1]",
                "LocalHost:" + port)) {
            assertEquals(200, raw(path, "Host: " + ok, "Connection: close").status(), "Host: " + ok);
        }
        for (String bad : List.of("evil.example", "evil.example:" + port, "127.0.0.1:" + (port == 65535 ? 1 : port + 1),
                "localhost:" + (port == 1 ? 2 : port - 1), "[::1]:80", "127.0.0.2:" + port, "localhost.:" + port, "localhost.evil.example",
                "127.0.0.1:" + port + "@evil.example", "")) {
            Response r = raw(path, "Host: " + bad, "Connection: close");
            assertEquals(403, r.status(), "Host: " + bad);
            assertTrue(r.head().toLowerCase().contains("content-type: text/plain"), r.head());
            assertTrue(r.body().startsWith("forbidden") && r.body().length() < 200, r.body());
        }
        assertEquals(403, raw(path, "Connection: close").status(), "HTTP/1.1 without Host");
        assertEquals(403, raw("GET /__dossier/livereload.js HTTP/1.0").status(), "HTTP/1.0 without Host");
        assertEquals(403, raw(path, "Host: " + host(), "Host: evil.example", "Connection: close").status(), "two Host headers");
        assertEquals(403, raw("GET http://evil.example/__dossier/livereload.js HTTP/1.1", "Host: " + host(), "Connection: close").status(),
                "an absolute request target names the host too");
        assertEquals(403, raw("GET /__dossier/events HTTP/1.1", "Host: evil.example", "Connection: close").status(), "the events too");
    }

    @Test
    @Order(5)
    void pathsWithDotSegmentsBackslashesOrControlCharactersAreRefused() {
        for (String bad : List.of("..%2f..%2fetc%2fpasswd", "%2e%2e/%2e%2e/etc/passwd", "%2E%2E/assets/css/site.css", "assets/../assets/css/site.css",
                "assets/%2e/css/site.css", "assets/./css/site.css", "assets/css/..%5csite.css", "assets%5ccss%5csite.css", "index.html%00",
                "assets/css/site.css%0a", "assets/..", "%2e")) {
            Response r = get(bad);
            assertEquals(400, r.status(), bad + ": " + r.body());
            assertFalse(r.body().contains("root:"));
        }
        for (String raw : List.of("/assets\\..\\css\\site.css", "/../../etc/passwd")) {
            int status = raw("GET " + raw + " HTTP/1.1", "Host: " + host(), "Connection: close").status();
            assertEquals(400, status, raw);
        }
        assertEquals(200, get("assets/css/site.css").status(), "the control: a plain path is served");
    }

    @Test
    @Order(6)
    void contentAndTemplatesReplacedByNewFoldersAreWatchedAgain() throws IOException {
        Path content = proj.resolve("content");
        Files.move(content, proj.resolve("content.old"));
        TestFiles.copyTree(proj.resolve("content.old"), content);
        edit(content.resolve("bestrijding-drugssmokkel.md"), "## Douane {#douane}", "## De Douane {#douane}");
        until("bestrijding-drugssmokkel/", r -> r.status() == 200 && r.body().contains("De Douane</h2>"));
        edit(content.resolve("bestrijding-drugssmokkel.md"), "## De Douane {#douane}", "## De Nieuwe Douane {#douane}");
        until("bestrijding-drugssmokkel/", r -> r.status() == 200 && r.body().contains("De Nieuwe Douane</h2>"));

        Path templates = proj.resolve("templates");
        Files.move(templates, proj.resolve("templates.old"));
        TestFiles.copyTree(proj.resolve("templates.old"), templates);
        edit(templates.resolve("messages/nl.yaml"), "edit_page: Bewerk deze pagina", "edit_page: Pas deze pagina aan");
        until("bestrijding-drugssmokkel/", r -> r.status() == 200 && r.body().contains("Pas deze pagina aan"));
    }

    @Test
    @Order(7)
    void aDeletedContentFolderIsShownAsAProblemAndARecreatedOneIsServed() throws IOException {
        Path content = proj.resolve("content");
        TestFiles.deleteTree(content);
        until("", r -> r.status() == 500
                && r.body().contains("<code class=\"plaats\">content</code> <span class=\"melding\">de map content/ is niet gevonden"));
        assertEquals(200, get("assets/css/site.css").status(), "the last good version stays available");

        TestFiles.copyTree(proj.resolve("content.old"), content);
        edit(content.resolve("bestrijding-drugssmokkel.md"), "## Douane {#douane}", "## Douane na herstel {#douane}");
        until("bestrijding-drugssmokkel/", r -> r.status() == 200 && r.body().contains("Douane na herstel</h2>"));
    }
}
