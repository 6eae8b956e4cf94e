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

    private final Path root;
    private final HttpServer server;

    StaticServer(Path root) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
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
