package nl.dossier.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import nl.dossier.model.Phrase;
import nl.dossier.model.Json;
import nl.dossier.model.Problem;
import nl.dossier.model.ProblemCatalog;


import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * {@code dossier serve}: the live site over HTTP on 127.0.0.1 (the JDK's built-in server), with
 * a watcher that rebuilds on every change and tells open pages to reload.
 *
 * <ul>
 * <li>{@code /…} — the site from memory ({@link LiveSite}); HTML gets the reload script.
 * While the content has a problem, every HTML request gets the error page (status 500), and
 * everything else the last good version.</li>
 * <li>{@code /__dossier/events} — Server-Sent Events: the site's version on connect and after
 * each rebuild that changed something.</li>
 * <li>{@code /__dossier/livereload.js}, {@code /__dossier/error.css} — from the tool itself, so
 * they never end up in a built site.</li>
 * </ul>
 * Responses carry the Content-Security-Policy of netlify.toml, so anything the real site would
 * block is blocked in the preview too. Only requests whose {@code Host} names the loopback
 * address and this port are answered (403 otherwise), and the site holds only what a build
 * would publish ({@link LiveSite}).
 */
public final class DevServer implements AutoCloseable {
    static final String PREFIX = "/__dossier/";
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; object-src 'none'; "
            + "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    static {
        // The JDK server writes the headers and the body as two TCP segments; with Nagle's
        // algorithm the body then waits for the client's delayed ACK on every
        // keep-alive request. Read once, when the first server is created.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final LiveSite site;
    private final HttpServer http;
    private final ExecutorService threads;
    private final Watcher watcher;
    private final PrintStream log;
    private final Object signal = new Object();
    private volatile boolean running = true;

    private DevServer(Path root, int port, PrintStream log) throws IOException {
        this.log = log;
        this.site = new LiveSite(root);
        report(site.rebuild(null), true);
        this.threads = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "dossier-http");
            t.setDaemon(true);
            return t;
        });
        this.http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
        http.setExecutor(threads);
        http.createContext("/", this::handle);
        http.start();
        this.watcher = new Watcher(List.of(site.root().resolve("content"), site.root().resolve("templates"), site.root().resolve("assets")),
                this::changed);
    }

    /** Builds the site once, starts serving it and starts watching. Port 0 picks a free port. */
    public static DevServer start(Path root, int port, PrintStream log) throws IOException {
        return new DevServer(root, port, log);
    }

    public int port() {
        return http.getAddress().getPort();
    }

    public String url() {
        return "http://127.0.0.1:" + port() + "/";
    }

    public LiveSite site() {
        return site;
    }

    private void changed(Collection<Path> files) {
        LiveSite.Report r = site.rebuild(files);
        report(r, false);
        synchronized (signal) {
            signal.notifyAll();
        }
    }

    private void report(LiveSite.Report r, boolean first) {
        if (log == null) return;
        String time = LocalTime.now().format(CLOCK);
        long ms = r.nanos() / 1_000_000;
        if (!r.ok()) {
            ProblemCatalog words = site.words();
            log.println(time + " " + words.text(r.problems().size() == 1 ? Phrase.of("serve.log_one")
                    : Phrase.of("serve.log", "count", r.problems().size())));
            for (Problem p : r.problems()) log.println("  " + words.line(p));
        } else if (first) {
            log.println(time + " built " + site.pages().size() + " pages in " + ms + " ms");
        } else if (r.changed().isEmpty()) {
            log.println(time + " rebuilt in " + ms + " ms" + stages(r) + ", no output changed");
        } else {
            List<String> shown = r.changed().size() > 5 ? r.changed().subList(0, 5) : r.changed();
            log.println(time + " rebuilt in " + ms + " ms" + stages(r) + ": " + String.join(", ", shown)
                    + (r.changed().size() > 5 ? " and " + (r.changed().size() - 5) + " more" : ""));
        }
    }

    /** " (load 3, link 9, render 1, bake 12)": where a rebuild's time went, in milliseconds. */
    private static String stages(LiveSite.Report r) {
        StringBuilder b = new StringBuilder();
        r.stageNanos().forEach((stage, nanos) -> b.append(b.length() == 0 ? " (" : ", ").append(stage).append(' ').append(nanos / 1_000_000));
        return b.length() == 0 ? "" : b.append(')').toString();
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            if (!forThisServer(ex)) {
                send(ex, 403, "text/plain; charset=utf-8",
                        "forbidden: the preview answers only requests for 127.0.0.1, localhost or [::1]\n".getBytes(StandardCharsets.UTF_8));
                return;
            }
            String method = ex.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                send(ex, 405, "text/plain; charset=utf-8", "method not allowed\n".getBytes(StandardCharsets.UTF_8));
                return;
            }
            String path = ex.getRequestURI().getPath();
            if (!safePath(path)) {
                send(ex, 400, "text/plain; charset=utf-8", "bad path\n".getBytes(StandardCharsets.UTF_8));
                return;
            }
            if (path.equals(PREFIX + "events")) {
                events(ex);
                return;
            }
            if (path.startsWith(PREFIX)) {
                own(ex, path.substring(PREFIX.length()));
                return;
            }
            String rel = path.substring(1);
            if (rel.isEmpty() || rel.endsWith("/")) rel += "index.html";
            byte[] body = site.file(rel);
            if (body == null && site.file(rel + "/index.html") != null) {
                // Pages link relatively (../assets/…): the folder needs its slash.
                ex.getResponseHeaders().set("Location", path + "/");
                send(ex, 301, "text/plain; charset=utf-8", new byte[0]);
                return;
            }
            List<Problem> problems = site.problems();
            long version = site.version();
            if (!problems.isEmpty() && looksLikePage(rel)) {
                String page = ErrorPage.html(problems, version, site.root(), site.words());
                send(ex, 500, "text/html; charset=utf-8", page.getBytes(StandardCharsets.UTF_8));
                return;
            }
            if (body == null) {
                byte[] notFound = site.file("404.html");
                if (notFound != null) send(ex, 404, "text/html; charset=utf-8", inject(notFound, version));
                else send(ex, 404, "text/plain; charset=utf-8", "not found\n".getBytes(StandardCharsets.UTF_8));
                return;
            }
            String type = contentType(rel);
            send(ex, 200, type, type.startsWith("text/html") ? inject(body, version) : body);
        } catch (IOException | UncheckedIOException e) {
            // the browser went away
        }
    }

    /**
     * Whether a request names this server: a web page on another host name that a DNS rebinding
     * attack points at 127.0.0.1 sends its own name in {@code Host}, and must not read the preview.
     * Exactly one {@code Host} header (HTTP/1.1 requires it) with a loopback name and, if a port
     * is given, this server's port; an absolute request target must name the same.
     */
    private boolean forThisServer(HttpExchange ex) {
        List<String> host = ex.getRequestHeaders().get("Host");
        if (host == null || host.size() != 1 || !loopback(host.get(0), port())) return false;
        String authority = ex.getRequestURI().getRawAuthority();
        return authority == null || loopback(authority, port());
    }

    static boolean loopback(String hostHeader, int port) {
        String h = hostHeader.strip().toLowerCase(Locale.ROOT);
        for (String name : List.of("127.0.0.1", "localhost", "[::1]")) {
            if (h.equals(name) || h.equals(name + ":" + port)) return true;
        }
        return false;
    }

    /**
     * A path of the site, decoded: no {@code .} or {@code ..} segment (also when written as
     * {@code %2e%2e}, which arrives here decoded), no backslash, no control character. The site
     * lives in memory, so such a path could not leave it; it is refused before it gets there.
     */
    static boolean safePath(String path) {
        if (path == null || !path.startsWith("/") || path.indexOf('\\') >= 0) return false;
        for (int i = 0; i < path.length(); i++) if (path.charAt(i) < 0x20 || path.charAt(i) == 0x7f) return false;
        for (String segment : path.split("/", -1)) if (segment.equals(".") || segment.equals("..")) return false;
        return true;
    }

    static boolean looksLikePage(String rel) {
        String last = rel.substring(rel.lastIndexOf('/') + 1);
        return last.endsWith(".html") || !last.contains(".");
    }

    /** The reload script, just before {@code </head>}: an external file, so the CSP allows it. */
    static byte[] inject(byte[] html, long version) {
        String s = new String(html, StandardCharsets.UTF_8);
        String tag = "<script src=\"" + PREFIX + "livereload.js\" data-version=\"" + version + "\"></script>";
        int head = s.indexOf("</head>");
        s = head >= 0 ? s.substring(0, head) + tag + s.substring(head) : s + tag;
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private void own(HttpExchange ex, String name) throws IOException {
        String type = Map.of("livereload.js", "text/javascript; charset=utf-8", "error.css", "text/css; charset=utf-8").get(name);
        if (type == null) {
            send(ex, 404, "text/plain; charset=utf-8", "not found\n".getBytes(StandardCharsets.UTF_8));
            return;
        }
        try (InputStream in = DevServer.class.getResourceAsStream(name)) {
            send(ex, 200, type, in.readAllBytes());
        }
    }

    /** Server-Sent Events: the current version at once, then after each change; a comment every 15 s keeps it open. */
    private void events(HttpExchange ex) throws IOException {
        ex.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        ex.sendResponseHeaders(200, 0);
        OutputStream out = ex.getResponseBody();
        out.write("retry: 500\n\n".getBytes(StandardCharsets.UTF_8));
        long sent = -1;
        while (running) {
            long v = site.version();
            if (v != sent) {
                out.write(("event: version\ndata: " + state(v, site.problems(), site.words()) + "\n\n").getBytes(StandardCharsets.UTF_8));
                sent = v;
            } else {
                out.write(": ping\n\n".getBytes(StandardCharsets.UTF_8));
            }
            out.flush();
            synchronized (signal) {
                try {
                    if (running && site.version() == sent) signal.wait(15_000);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    /** The site's state as the reload script reads it; the version first, in every run (Map.of's order differs from run to run). */
    static String state(long version, List<Problem> problems, ProblemCatalog words) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("version", version);
        state.put("problems", problems.stream().map(words::line).toList());
        return Json.write(state);
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        ex.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        ex.getResponseHeaders().set("Content-Security-Policy", CSP);
        boolean head = ex.getRequestMethod().equals("HEAD");
        ex.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) ex.getResponseBody().write(body);
    }

    static String contentType(String rel) {
        String ext = rel.substring(rel.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        if (rel.equals("feed.xml")) return "application/atom+xml; charset=utf-8";
        return switch (ext) {
            case "html" -> "text/html; charset=utf-8";
            case "css" -> "text/css; charset=utf-8";
            case "js", "mjs" -> "text/javascript; charset=utf-8";
            case "json" -> "application/json";
            case "xml" -> "application/xml; charset=utf-8";
            case "svg" -> "image/svg+xml";
            case "png" -> "image/png";
            case "jpg", "jpeg" -> "image/jpeg";
            case "gif" -> "image/gif";
            case "webp" -> "image/webp";
            case "avif" -> "image/avif";
            case "ico" -> "image/x-icon";
            case "woff2" -> "font/woff2";
            case "woff" -> "font/woff";
            case "txt" -> "text/plain; charset=utf-8";
            default -> "application/octet-stream";
        };
    }

    @Override
    public void close() {
        running = false;
        synchronized (signal) {
            signal.notifyAll();
        }
        try {
            watcher.close();
        } catch (IOException e) {
            // closing anyway
        }
        http.stop(0);
        threads.shutdownNow();
    }
}
