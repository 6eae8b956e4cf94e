package nl.dossier.netlify;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import nl.dossier.TestFiles;
import nl.dossier.TestScripts;
import nl.dossier.TestSites;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * netlify/build.sh on a build image without Java 17 and Maven 3.8+: it downloads both from a
 * server on 127.0.0.1 that answers like the Adoptium API (a redirect to the release file, its
 * SHA-256 beside it) and Apache's Maven archive (the tar.gz and its .sha512), with a real JDK
 * (a jlink image of the running one: java.base and javac) and the real Maven distribution that
 * pom.xml copies from Maven Central. A damaged or cut-off download installs nothing; a second
 * build downloads nothing.
 */
class NetlifyDownloadTest {
    static final String ARCH = switch (System.getProperty("os.arch")) {
        case "amd64", "x86_64" -> "x64";
        case "aarch64" -> "aarch64";
        default -> throw new IllegalStateException("no Temurin name for " + System.getProperty("os.arch"));
    };
    static final String API = "/v3/binary/latest/17/ga/linux/" + ARCH + "/jdk/hotspot/normal/eclipse";

    static Path jdkArchive;
    static String jdkPath;
    static Path mavenArchive;
    static String mavenVersion;
    static String mavenPath;

    /** What the server breaks on purpose. */
    enum Damage { NONE, JDK_CHECKSUM, JDK_CUT_OFF, MAVEN_CHECKSUM, MAVEN_CUT_OFF }

    @TempDir
    Path tmp;
    HttpServer server;
    final List<String> requests = new ArrayList<>();
    volatile Damage damage = Damage.NONE;
    Path project;
    Path cache;
    Path stubs;

    @BeforeAll
    static void archives() throws Exception {
        Path dir = TestSites.projectRoot().resolve("target/netlify-download");
        try (Stream<Path> files = Files.list(dir)) {
            mavenArchive = files.filter(f -> f.getFileName().toString().matches("apache-maven-.+-bin\\.tar\\.gz")).findFirst()
                    .orElseThrow(() -> new AssertionError("pom.xml copies the Maven distribution into " + dir));
        }
        String name = mavenArchive.getFileName().toString();
        mavenVersion = name.substring("apache-maven-".length(), name.length() - "-bin.tar.gz".length());
        mavenPath = "/maven/maven-3/" + mavenVersion + "/binaries/" + name;

        // Named and laid out like Temurin's: OpenJDK17U-jdk_x64_linux_hotspot_17.0.15_6.tar.gz, one top folder.
        Runtime.Version v = Runtime.version();
        assertEquals(17, v.feature(), "the running JDK is served as Temurin 17");
        String release = "jdk-" + v.feature() + "." + v.interim() + "." + v.update() + "+" + v.build().orElse(0);
        String file = "OpenJDK" + v.feature() + "U-jdk_" + ARCH + "_linux_hotspot_" + v.feature() + "." + v.interim() + "."
                + v.update() + "_" + v.build().orElse(0) + ".tar.gz";
        jdkPath = "/adoptium/temurin17-binaries/releases/download/" + release.replace("+", "%2B") + "/" + file;
        jdkArchive = dir.resolve(file);
        if (!Files.exists(jdkArchive)) makeJdkArchive(dir, release, jdkArchive);
    }

    /** A JDK made by jlink from the running one: enough to run java and javac, made once per target/. */
    private static void makeJdkArchive(Path dir, String release, Path archive) throws Exception {
        Path work = Files.createTempDirectory(dir, "jdk-");
        try {
            ToolProvider jlink = ToolProvider.findFirst("jlink").orElseThrow(() -> new AssertionError("this JDK has no jlink"));
            int exit = jlink.run(System.out, System.err, "--add-modules", "java.base,jdk.compiler", "--strip-debug",
                    "--no-man-pages", "--no-header-files", "--output", work.resolve(release).toString());
            assertEquals(0, exit, "jlink (needs the JDK's jmods)");
            Path partial = work.resolve("jdk.tar.gz");
            TestScripts.Result tar = TestScripts.bash(work, Map.of(), work, 120, "tar -czf jdk.tar.gz '" + release + "'");
            assertEquals(0, tar.exit(), tar.printed());
            Files.move(partial, archive, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            TestFiles.deleteTree(work);
        }
    }

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::serve);
        server.start();

        // The script from a copy of the project, so that nothing is written into the real one.
        project = tmp.resolve("project");
        Files.createDirectories(project.resolve("netlify"));
        Files.copy(TestSites.projectRoot().resolve("netlify/build.sh"), project.resolve("netlify/build.sh"));
        cache = tmp.resolve("cache");

        // A build image with Java 8 and Maven 3.6 only, and a `dossier build` that shows the Java
        // and Maven it was started with.
        stubs = Files.createDirectories(tmp.resolve("bin"));
        script(stubs.resolve("java"), "echo 'openjdk version \"1.8.0_402\"' >&2");
        script(stubs.resolve("mvn"), "echo 'Apache Maven 3.6.3'");
        script(stubs.resolve("dossier"), """
                echo "dossier $*"
                echo "java: $(command -v java)"; java -version 2>&1
                echo "javac: $(command -v javac)"
                echo "mvn: $(command -v mvn)"; mvn -v
                mkdir -p target/site""");
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void serve(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getRawPath();
        synchronized (requests) {
            requests.add(path);
        }
        try (exchange) {
            if (path.equals(API)) {
                exchange.getResponseHeaders().set("Location", "http://127.0.0.1:" + port() + jdkPath);
                exchange.sendResponseHeaders(307, -1);
            } else if (path.equals(jdkPath)) {
                send(exchange, jdkArchive, damage == Damage.JDK_CUT_OFF);
            } else if (path.equals(jdkPath + ".sha256.txt")) {
                send(exchange, checksum("SHA-256", jdkArchive, damage == Damage.JDK_CHECKSUM) + "  " + last(jdkPath) + "\n");
            } else if (path.equals(mavenPath)) {
                send(exchange, mavenArchive, damage == Damage.MAVEN_CUT_OFF);
            } else if (path.equals(mavenPath + ".sha512")) {
                send(exchange, checksum("SHA-512", mavenArchive, damage == Damage.MAVEN_CHECKSUM) + "  " + last(mavenPath) + "\n");
            } else {
                exchange.sendResponseHeaders(404, -1);
            }
        }
    }

    /** Sends a file; cut off, it announces its full length and stops half way, as a dropped connection does. */
    private static void send(HttpExchange exchange, Path file, boolean cutOff) throws IOException {
        long size = Files.size(file);
        exchange.sendResponseHeaders(200, size);
        try (InputStream in = Files.newInputStream(file)) {
            OutputStream out = exchange.getResponseBody();
            if (cutOff) {
                out.write(in.readNBytes((int) (size / 2)));
                out.flush();
                exchange.close(); // short of the announced length: the server drops the connection
            } else {
                in.transferTo(out);
            }
        }
    }

    private static void send(HttpExchange exchange, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    private static String checksum(String algorithm, Path file, boolean wrong) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest md = MessageDigest.getInstance(algorithm);
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) md.update(buffer, 0, n);
            byte[] digest = md.digest();
            if (wrong) digest[0] ^= 1;
            return HexFormat.of().formatHex(digest);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String last(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private int port() {
        return server.getAddress().getPort();
    }

    private List<String> takeRequests() {
        synchronized (requests) {
            List<String> out = List.copyOf(requests);
            requests.clear();
            return out;
        }
    }

    private TestScripts.Result build() throws Exception {
        Map<String, String> env = new HashMap<>();
        env.put("PATH", stubs + ":/usr/bin:/bin");
        env.put("HOME", Files.createDirectories(tmp.resolve("home")).toString());
        env.put("DOSSIER_CACHE", cache.toString());
        env.put("DOSSIER_CMD", stubs.resolve("dossier").toString());
        env.put("DOSSIER_ADOPTIUM_URL", "http://127.0.0.1:" + port());
        env.put("DOSSIER_MAVEN_URL", "http://127.0.0.1:" + port() + "/maven");
        for (String name : List.of("JAVA_HOME", "MAVEN_HOME", "M2_HOME", "MAVEN_OPTS", "JAVA_TOOL_OPTIONS", "XDG_CACHE_HOME", "NETLIFY",
                "NETLIFY_BUILD_BASE", "DOSSIER_NOINDEX", "http_proxy", "https_proxy", "all_proxy", "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY")) {
            env.put(name, null);
        }
        return TestScripts.bash(project, env, tmp, 120, "bash netlify/build.sh");
    }

    @Test
    void downloadsJava17AndMavenOnceAndBuildsWithThem() throws Exception {
        TestScripts.Result first = build();
        String log = first.out() + first.err();
        assertEquals(0, first.exit(), first.printed());
        Path jdk = cache.resolve("jdk-17");
        Path maven = cache.resolve("apache-maven-" + mavenVersion);
        assertTrue(log.contains("Java 17 not found; downloading Temurin 17 from http://127.0.0.1:" + port() + API), log);
        assertTrue(log.contains("Maven 3.8+ not found; downloading http://127.0.0.1:" + port() + mavenPath), log);
        assertEquals(List.of(API, jdkPath, jdkPath + ".sha256.txt", mavenPath, mavenPath + ".sha512"), takeRequests());

        // The build step runs with the downloaded JDK and Maven.
        assertTrue(first.out().contains("dossier build --quiet\n"), log);
        assertTrue(first.out().contains("java: " + jdk.resolve("bin/java") + "\n"), log);
        assertTrue(first.out().contains("openjdk version \"" + Runtime.version().feature() + "."), log);
        assertTrue(first.out().contains("javac: " + jdk.resolve("bin/javac") + "\n"), log);
        assertTrue(first.out().contains("mvn: " + maven.resolve("bin/mvn") + "\n"), log);
        assertTrue(first.out().contains("Apache Maven " + mavenVersion + " "), log);
        assertTrue(first.out().contains("Maven home: " + maven), log);
        assertTrue(first.out().contains("runtime: " + jdk), log);
        assertEquals(List.of("apache-maven-" + mavenVersion, "jdk-17"), cacheContents(), "installed, no leftovers of the download");
        assertTrue(Files.isDirectory(project.resolve("target/site")));

        // The next build finds both in the cache.
        TestScripts.Result second = build();
        assertEquals(0, second.exit(), second.printed());
        assertEquals(List.of(), takeRequests(), "a warm cache downloads nothing");
        assertTrue(second.err().contains("using Java 17 from " + jdk + "\n") && second.err().contains("using Maven " + mavenVersion + " from " + maven + "\n"),
                second.printed());
        assertFalse(second.err().contains("downloading"), second.printed());
        assertTrue(second.out().contains("java: " + jdk.resolve("bin/java") + "\n") && second.out().contains("mvn: " + maven.resolve("bin/mvn") + "\n"),
                second.printed());
    }

    @ParameterizedTest
    @EnumSource(value = Damage.class, names = "NONE", mode = EnumSource.Mode.EXCLUDE)
    void aDamagedDownloadStopsTheBuildAndInstallsNothing(Damage damage) throws Exception {
        this.damage = damage;
        TestScripts.Result r = build();
        String log = r.err();
        assertNotEquals(0, r.exit(), r.printed());
        boolean jdk = damage == Damage.JDK_CHECKSUM || damage == Damage.JDK_CUT_OFF;
        String url = "http://127.0.0.1:" + port() + (jdk ? jdkPath : mavenPath);
        String expected = switch (damage) {
            case JDK_CHECKSUM -> url + ": SHA-256 checksum mismatch";
            case MAVEN_CHECKSUM -> url + ": SHA-512 checksum mismatch";
            default -> "download of " + url + " failed or was cut short (curl exit 18)";
        };
        assertTrue(log.contains("netlify/build.sh: " + expected) && log.contains("nothing was installed"), r.printed());
        assertFalse(r.out().contains("dossier build"), "no build without the tools: " + r.printed());
        assertEquals(jdk ? List.of() : List.of("jdk-17"), cacheContents(), "nothing of the damaged download is left");
    }

    /** The cache folder's entries, hidden ones (the download folder) included. */
    private List<String> cacheContents() throws IOException {
        if (!Files.exists(cache)) return List.of();
        try (Stream<Path> files = Files.list(cache)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    private static void script(Path file, String body) throws IOException {
        Files.writeString(file, "#!/bin/sh\n" + body + "\n");
        assertTrue(file.toFile().setExecutable(true));
    }
}
