package nl.dossier.browser;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Serves a built site over HTTP on 127.0.0.1 (a free port), so pages in the browser have an
 * http origin like on the real host: "/x/" serves x/index.html, an unknown path the site's
 * 404.html with status 404. Read-only, GET and HEAD only, nothing outside the site folder.
 */
final class StaticServer implements AutoCloseable {
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "json", "application/json",
            "svg", "image/svg+xml",
            "xml", "application/xml; charset=utf-8",
            "png", "image/png",
            "woff2", "font/woff2",
            "txt", "text/plain; charset=utf-8");

    /** Where browsers POST Content-Security-Policy violation reports (see {@link #reports()}). */
    static final String REPORT_PATH = "/__csp-report";

    private final Path root;
    private final HttpServer server;
    private final Map<String, String> headers;
    private final java.util.List<String> reports = new java.util.concurrent.CopyOnWriteArrayList<>();

    StaticServer(Path root) throws IOException {
        this(root, Map.of());
    }

    /** @param headers sent with every response, e.g. the site's Content-Security-Policy */
    StaticServer(Path root, Map<String, String> headers) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.headers = Map.copyOf(headers);
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.createContext(REPORT_PATH, ex -> {
            try (ex) {
                reports.add(new String(ex.getRequestBody().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
                ex.sendResponseHeaders(204, -1);
            }
        });
        server.start();
    }

    /** The violation reports received so far. */
    java.util.List<String> reports() {
        return java.util.List.copyOf(reports);
    }

    /** The origin, e.g. {@code http://127.0.0.1:41234}, without trailing slash. */
    String origin() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The address of a site file given by its path relative to the site root, e.g. "bronnen/index.html". */
    String url(String relative) {
        return origin() + "/" + relative;
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String method = ex.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                ex.sendResponseHeaders(405, -1);
                return;
            }
            String path = URI.create(ex.getRequestURI().getRawPath()).getPath();
            Path file = root.resolve(path.substring(1)).normalize();
            if (file.startsWith(root) && Files.isDirectory(file)) file = file.resolve("index.html");
            int status = 200;
            if (!file.startsWith(root) || !Files.isRegularFile(file)) {
                file = root.resolve("404.html");
                status = 404;
            }
            byte[] body = Files.readAllBytes(file);
            String name = file.getFileName().toString();
            String ext = name.substring(name.lastIndexOf('.') + 1);
            ex.getResponseHeaders().set("Content-Type", TYPES.getOrDefault(ext, "application/octet-stream"));
            ex.getResponseHeaders().set("Cache-Control", "no-cache");
            headers.forEach((k, v) -> ex.getResponseHeaders().set(k, v));
            if (method.equals("HEAD")) {
                ex.sendResponseHeaders(status, -1);
                return;
            }
            ex.sendResponseHeaders(status, body.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
