package nl.dossier.netlify;

import nl.dossier.TestSites;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tomlj.Toml;
import org.tomlj.TomlArray;
import org.tomlj.TomlParseResult;
import org.tomlj.TomlTable;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * netlify.toml is valid, its build command works here (with the local JDK 17; the download
 * path cannot run without internet and is covered up to the download), the publish folder holds
 * the site, and every header and redirect is well-formed and points at something that exists.
 */
class NetlifyConfigTest {
    /** RFC 9110 token: what a header name may consist of. */
    static final Pattern TOKEN = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");

    static TomlParseResult toml;
    static Path project;
    static Path publish;
    static String buildLog;

    @BeforeAll
    static void buildWithTheNetlifyCommand(@TempDir Path tmp) throws Exception {
        Path root = TestSites.projectRoot();
        toml = Toml.parse(root.resolve("netlify.toml"));
        assertTrue(toml.errors().isEmpty(), "netlify.toml parses: " + toml.errors());

        // A copy of the project, so the test does not touch target/ of the real one.
        project = tmp.resolve("proj");
        for (String dir : new String[] {"content", "templates", "assets", "netlify"}) copyTree(root.resolve(dir), project.resolve(dir));
        Files.copy(root.resolve("netlify.toml"), project.resolve("netlify.toml"));

        Map<String, String> env = new LinkedHashMap<>();
        TomlTable previewEnv = toml.getTable("context.deploy-preview.environment");
        assertNotNull(previewEnv, "deploy previews have their own environment");
        for (String key : previewEnv.keySet()) env.put(key, previewEnv.getString(key));
        // The tool is not packaged yet during `mvn test`: run it from the test classpath instead of `mvn package`.
        env.put("DOSSIER_CMD", javaBin() + " -cp " + System.getProperty("java.class.path") + " nl.dossier.cli.Main");
        env.put("PATH", Path.of(System.getProperty("java.home"), "bin") + ":" + System.getenv("PATH"));
        env.put("DOSSIER_CACHE", tmp.resolve("cache").toString());
        Result r = sh(project, env, toml.getString("build.command"));
        buildLog = r.output;
        assertEquals(0, r.exit, r.output);
        publish = project.resolve(toml.getString("build.publish"));
    }

    @Test
    void theBuildUsesTheLocalJava17AndPublishesTheSite() throws IOException {
        assertTrue(buildLog.contains("using Java 17 from"), buildLog);
        assertEquals("target/site", toml.getString("build.publish"));
        for (String f : new String[] {"index.html", "404.html", "bestrijding-drugssmokkel/index.html", "begrippen/index.html",
                "bronnen/index.html", "sitemap.xml", "feed.xml"}) {
            assertTrue(Files.isRegularFile(publish.resolve(f)), f);
        }
        try (Stream<Path> css = Files.list(publish.resolve("assets/css"))) {
            List<String> names = css.map(p -> p.getFileName().toString()).toList();
            assertEquals(1, names.size(), names.toString());
            assertTrue(names.get(0).matches("site\\.[0-9a-f]{10}\\.css"), "fingerprinted: " + names);
            assertTrue(Files.readString(publish.resolve("index.html")).contains("href=\"assets/css/" + names.get(0) + "\""));
            assertTrue(Files.readString(publish.resolve("404.html")).contains("href=\"/assets/css/" + names.get(0) + "\""),
                    "the 404 page is served at any depth, so it links from the root");
        }
    }

    @Test
    void previewsAreNotIndexed() throws IOException {
        assertEquals("1", toml.getString("context.deploy-preview.environment.DOSSIER_NOINDEX"));
        assertEquals("1", toml.getString("context.branch-deploy.environment.DOSSIER_NOINDEX"));
        assertEquals(null, toml.getString("context.production.environment.DOSSIER_NOINDEX"));
        Map<String, Map<String, String>> rules = parseHeadersFile(Files.readString(publish.resolve("_headers")));
        assertEquals(Map.of("/*", Map.of("X-Robots-Tag", "noindex")), rules);
    }

    @Test
    void everyHeaderIsWellFormedAndTheSecurityHeadersAreStrict() {
        TomlArray headers = toml.getArray("headers");
        assertNotNull(headers);
        Map<String, String> all = null;
        for (int i = 0; i < headers.size(); i++) {
            TomlTable rule = headers.getTable(i);
            String path = rule.getString("for");
            assertTrue(path != null && path.startsWith("/"), "header rule " + i + " has a path");
            TomlTable values = rule.getTable("values");
            assertTrue(values != null && !values.isEmpty(), path + " sets headers");
            for (String name : values.keySet()) {
                assertTrue(TOKEN.matcher(name).matches(), "header name " + name);
                String value = values.getString(name);
                assertNotNull(value, name + " is a string");
                assertFalse(value.isBlank() || value.chars().anyMatch(c -> c < 0x20 || c == 0x7f), name + ": " + value);
            }
            if (path.equals("/*")) all = toStrings(values);
        }
        assertNotNull(all, "headers for /*");
        String csp = all.get("Content-Security-Policy");
        assertFalse(csp.contains("unsafe-inline") || csp.contains("unsafe-eval") || csp.contains("data:"), csp);
        Map<String, String> directives = new LinkedHashMap<>();
        for (String d : csp.split(";")) {
            String[] parts = d.strip().split("\\s+", 2);
            assertTrue(directives.put(parts[0], parts.length > 1 ? parts[1] : "") == null, "directive once: " + parts[0]);
        }
        assertEquals("'self'", directives.get("default-src"));
        assertEquals("'self'", directives.get("script-src"));
        assertEquals("'self'", directives.get("style-src"));
        assertEquals("'self'", directives.get("img-src"));
        assertEquals("'none'", directives.get("object-src"));
        assertEquals("'none'", directives.get("base-uri"));
        assertEquals("'none'", directives.get("frame-ancestors"));
        assertTrue(all.get("Strict-Transport-Security").matches("max-age=(\\d+).*")
                && Long.parseLong(all.get("Strict-Transport-Security").replaceAll("max-age=(\\d+).*", "$1")) >= 31536000);
        assertEquals("nosniff", all.get("X-Content-Type-Options"));
        assertTrue(List.of("no-referrer", "strict-origin", "strict-origin-when-cross-origin", "same-origin").contains(all.get("Referrer-Policy")));
        for (String feature : all.get("Permissions-Policy").split(",")) {
            assertTrue(feature.strip().matches("[a-z-]+=\\(\\)"), "Permissions-Policy entry " + feature);
        }
    }

    @Test
    void longCachingOnlyForFingerprintedFolders() throws IOException {
        TomlArray headers = toml.getArray("headers");
        for (int i = 0; i < headers.size(); i++) {
            TomlTable rule = headers.getTable(i);
            String cache = rule.getTable("values").getString("Cache-Control");
            if (cache == null || !cache.contains("immutable")) continue;
            String path = rule.getString("for");
            assertTrue(path.matches("/assets/[a-z]+/\\*"), path);
            Path folder = publish.resolve(path.substring(1, path.length() - 2));
            if (!Files.isDirectory(folder)) continue; // no scripts yet
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    assertTrue(f.getFileName().toString().matches(".+\\.[0-9a-f]{10}(\\.[a-z0-9]+)?"), "fingerprinted: " + f);
                }
            }
        }
    }

    @Test
    void redirectsAreWellFormedAndLeadToPagesOfTheSite() {
        TomlArray redirects = toml.getArray("redirects");
        assertNotNull(redirects);
        List<String> froms = new ArrayList<>();
        for (int i = 0; i < redirects.size(); i++) {
            TomlTable r = redirects.getTable(i);
            String from = r.getString("from");
            String to = r.getString("to");
            assertTrue(from.startsWith("/") && !from.contains(" "), from);
            assertTrue(from.indexOf('*') < 0 || from.endsWith("/*"), "a splat only at the end: " + from);
            assertEquals(301L, r.getLong("status"), from);
            assertTrue(to.startsWith("/"), to);
            Path target = to.endsWith("/") ? publish.resolve(to.substring(1) + "index.html") : publish.resolve(to.substring(1));
            assertTrue(Files.isRegularFile(target), from + " → " + to + ": " + target + " exists in the site");
            froms.add(from);
        }
        String old = "/wetgeving-en-beleid-beleid-ter-bestrijding-van-alcohol-en-drugsgerelateerde-criminaliteit";
        assertTrue(froms.contains(old) && froms.contains(old + "/*"), froms.toString());
    }

    @Test
    void withoutJava17TheScriptFetchesTemurin17(@TempDir Path tmp) throws Exception {
        // A build image with Java 8 only: the script must go for a JDK 17 download. The fake curl
        // records the address and fails (there is no internet here), which ends the build.
        Path bin = Files.createDirectories(tmp.resolve("bin"));
        script(bin.resolve("java"), "echo 'openjdk version \"1.8.0_402\"' >&2");
        script(bin.resolve("curl"), "echo \"$@\" > " + tmp.resolve("curl-args") + "; exit 22");
        Map<String, String> env = new LinkedHashMap<>();
        env.put("PATH", bin + ":/usr/bin:/bin");
        env.put("DOSSIER_CACHE", tmp.resolve("cache").toString());
        env.put("JAVA_HOME", "");
        Result r = sh(project, env, toml.getString("build.command"));
        assertTrue(r.exit != 0, r.output);
        assertTrue(r.output.contains("Java 17 not found; downloading Temurin 17"), r.output);
        String args = Files.readString(tmp.resolve("curl-args"));
        assertTrue(args.matches("(?s).*https://api\\.adoptium\\.net/v3/binary/latest/17/ga/linux/(x64|aarch64)/jdk/hotspot/normal/eclipse.*"), args);
    }

    static Map<String, Map<String, String>> parseHeadersFile(String text) {
        Map<String, Map<String, String>> rules = new LinkedHashMap<>();
        Map<String, String> current = null;
        for (String line : text.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) continue;
            if (!Character.isWhitespace(line.charAt(0))) {
                assertTrue(line.startsWith("/"), "path line: " + line);
                current = new LinkedHashMap<>();
                rules.put(line.strip(), current);
            } else {
                assertNotNull(current, "header before any path: " + line);
                int colon = line.indexOf(':');
                assertTrue(colon > 0, "Name: value, not " + line);
                String name = line.substring(0, colon).strip();
                assertTrue(TOKEN.matcher(name).matches(), name);
                current.put(name, line.substring(colon + 1).strip());
            }
        }
        return rules;
    }

    private static Map<String, String> toStrings(TomlTable t) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String k : t.keySet()) out.put(k, t.getString(k));
        return out;
    }

    record Result(int exit, String output) {
    }

    static Result sh(Path dir, Map<String, String> env, String command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder("bash", "-c", command).directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().putAll(env);
        if ("".equals(env.get("JAVA_HOME"))) pb.environment().remove("JAVA_HOME");
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(5, TimeUnit.MINUTES));
        return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static void script(Path file, String body) throws IOException {
        Files.writeString(file, "#!/bin/sh\n" + body + "\n");
        file.toFile().setExecutable(true);
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target);
            }
        }
    }
}
