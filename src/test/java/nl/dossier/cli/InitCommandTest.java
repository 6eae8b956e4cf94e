package nl.dossier.cli;

import nl.dossier.TestSites;
import nl.dossier.build.BuildCommandTest;
import nl.dossier.build.Pipeline;
import nl.dossier.serve.DevServer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static nl.dossier.build.BuildCommandTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code dossier init} end to end in both languages: the starter site it writes builds, its
 * Lucene index finds its text, {@code serve} answers for it, and the words around the text are
 * all of the site's language.
 */
class InitCommandTest {
    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    @ParameterizedTest
    @ValueSource(strings = {"nl", "en"})
    void starterSiteBuildsSearchesAndServes(String language, @TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("new-site");
        var init = run("init", "--language", language, dir.toString());
        assertEquals(0, init.exit(), init.err());
        assertTrue(init.out().contains("build --source " + dir), init.out());
        assertTrue(init.out().contains("serve --source " + dir), init.out());
        try (Stream<Path> siblings = Files.list(tmp)) {
            assertEquals(List.of(dir), siblings.toList(), "init writes nothing beside its folder");
        }
        assertTrue(Files.readString(dir.resolve("content/site.yaml")).contains("\nlanguage: " + language + "\n"));

        Path out = tmp.resolve("out/site");
        var build = run("build", "--source", dir.toString(), "--output", out.toString(), "--quiet");
        assertEquals(0, build.exit(), build.err());
        String page = language.equals("nl") ? "paginas-schrijven" : "writing-pages";
        String home = Files.readString(out.resolve("index.html"));
        assertTrue(home.contains("<html lang=\"" + language + "\">"), "lang of the page");

        // A word only the second page has, found through the real index the build wrote.
        String word = language.equals("nl") ? "samenvatting" : "summary";
        var search = run("search", "--index", Pipeline.indexFolder(out).toString(), "--json", word);
        assertEquals(0, search.exit(), search.err());
        assertTrue(search.out().contains("\"url\":\"" + page + "/"), search.out());

        String title = language.equals("nl") ? "Aan de slag" : "Getting started";
        try (DevServer server = DevServer.start(dir, 0, null)) {
            HttpResponse<String> r = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()
                    .send(HttpRequest.newBuilder(URI.create(server.url())).timeout(Duration.ofSeconds(10)).build(),
                            HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode());
            assertTrue(r.body().contains("<h1><span class=\"nummer\">1</span> " + title + "</h1>"), r.body());
        }

        String other = language.equals("nl") ? "en" : "nl";
        Set<String> foreign = foreignWords(language, other);
        assertTrue(foreign.size() > 50, "enough words to tell the languages apart: " + foreign);
        assertEquals(Map.of(), wordsOfOtherLanguage(out, foreign),
                "words of messages/" + other + ".yaml on the pages of a site in " + language);
    }

    @Test
    void aFolderThatIsNotEmptyIsRefusedAndLeftAlone(@TempDir Path tmp) throws IOException {
        Path dir = tmp.resolve("site");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("notes.txt"), "mine");
        var r = run("init", dir.toString());
        assertEquals(Main.USAGE_ERROR, r.exit());
        assertTrue(r.err().contains(dir + ": the folder is not empty"), r.err());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(dir.resolve("notes.txt")), files.toList());
        }
        assertEquals("mine", Files.readString(dir.resolve("notes.txt")));

        Path file = tmp.resolve("file");
        Files.writeString(file, "x");
        var onFile = run("init", file.toString());
        assertEquals(Main.USAGE_ERROR, onFile.exit());
        assertTrue(onFile.err().contains(file + ": exists and is not a folder"), onFile.err());
    }

    @Test
    void anEmptyFolderIsFilledAndAnUnknownLanguageIsAUsageError(@TempDir Path tmp) throws IOException {
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        assertEquals(0, run("init", "--language", "en", empty.toString()).exit());
        assertTrue(Files.isRegularFile(empty.resolve("templates/messages/nl.yaml")));
        assertTrue(Files.isRegularFile(empty.resolve("templates/messages/en.yaml")));
        assertTrue(Files.isRegularFile(empty.resolve("assets/js/search.js")));

        var r = run("init", "--language", "de", tmp.resolve("de").toString());
        assertEquals(Main.USAGE_ERROR, r.exit());
        assertTrue(r.err().contains("--language must be nl or en, not 'de'"), r.err());
        assertFalse(Files.exists(tmp.resolve("de")));
        assertEquals(Main.USAGE_ERROR, run("init").exit());
    }

    /** The starter copies the flagship's templates and assets as they are in the repository. */
    @Test
    void templatesAndAssetsAreTheFlagshipsOwn(@TempDir Path tmp) throws IOException {
        Path dir = tmp.resolve("s");
        assertEquals(0, run("init", dir.toString()).exit());
        for (String folder : List.of("templates", "assets")) {
            Path repo = TestSites.projectRoot().resolve(folder);
            try (Stream<Path> walk = Files.walk(repo)) {
                for (Path p : walk.filter(Files::isRegularFile).toList()) {
                    Path copy = dir.resolve(folder).resolve(repo.relativize(p).toString());
                    assertEquals(Files.readString(p), Files.readString(copy), copy.toString());
                }
            }
        }
    }

    /** Words of the other language's messages that the own messages never use (case folded). */
    static Set<String> foreignWords(String own, String other) throws IOException {
        Set<String> words = messageWords(other);
        words.removeAll(messageWords(own));
        return words;
    }

    private static Set<String> messageWords(String language) throws IOException {
        Path file = TestSites.projectRoot().resolve("templates/messages/" + language + ".yaml");
        @SuppressWarnings("unchecked")
        Map<String, Object> messages = (Map<String, Object>) new Load(LoadSettings.builder().build())
                .loadFromString(Files.readString(file));
        Set<String> words = new HashSet<>();
        for (var e : messages.entrySet()) {
            if (e.getKey().equals("date_format")) continue;
            // Placeholders and markup are not words a reader sees.
            words.addAll(words(withoutPlaceholders(e.getValue().toString()).replaceAll("</?[a-z]+>", " ")));
        }
        return words;
    }

    /** Words of two letters or more: a single letter, such as the s of "site's", tells no language. */
    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) if (m.group().length() > 1) out.add(m.group());
        return out;
    }

    /** Without the {name} places of messages, which search.js fills in: they are no words a reader sees. */
    private static String withoutPlaceholders(String text) {
        return text.replaceAll("\\{[a-z_]+}", " ");
    }

    /**
     * Page → the foreign words a reader sees on it: the text and the attributes that are read
     * (aria-label, title, placeholder, alt, descriptions, search.js's data-* texts), not addresses,
     * ids or class names. The statements' text is the language's own template
     * ({@code toegankelijkheid-<language>.ftl}), which may name things in another language (the
     * Dutch one names the Web Content Accessibility Guidelines); their frame is checked.
     */
    private static Map<String, Set<String>> wordsOfOtherLanguage(Path site, Set<String> foreign) throws IOException {
        Map<String, Set<String>> found = new java.util.TreeMap<>();
        List<Path> pages;
        try (Stream<Path> walk = Files.walk(site)) {
            pages = walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        assertEquals(9, pages.size(), "two pages and the seven the engine adds: " + pages);
        for (Path p : pages) {
            String rel = site.relativize(p).toString();
            Document doc = Jsoup.parse(p.toFile());
            if (rel.startsWith("toegankelijkheid/") || rel.startsWith("privacy/")) doc.select("main article").remove();
            doc.select("code").remove(); // file and command names in the text, such as content/glossary.yaml
            StringBuilder seen = new StringBuilder(doc.text());
            for (Element e : doc.getAllElements()) {
                for (Attribute a : e.attributes()) {
                    String name = a.getKey();
                    boolean read = name.equals("aria-label") || name.equals("title") || name.equals("placeholder")
                            || name.equals("alt") || name.startsWith("data-") && !name.equals("data-root") && !name.equals("data-index");
                    if (e.tagName().equals("meta") && name.equals("content")) {
                        String what = e.attr("name") + e.attr("property");
                        read = what.equals("description") || what.equals("og:title") || what.equals("og:description")
                                || what.equals("og:site_name");
                    }
                    if (read) seen.append(' ').append(a.getValue());
                }
            }
            Set<String> hits = new TreeSet<>();
            for (String w : words(withoutPlaceholders(seen.toString()))) if (foreign.contains(w)) hits.add(w);
            if (!hits.isEmpty()) found.put(rel, hits);
        }
        return found;
    }
}
