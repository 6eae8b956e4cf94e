package nl.dossier.model;

import nl.dossier.TestSites;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The engine's two catalogs of problem messages say the same things: the same keys, the same
 * placeholders, every key used in the code and every key the code uses present.
 */
class ProblemCatalogTest {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z_]+)}");
    /** A string literal that looks like a catalog key: "area.name" or "did_you_mean". */
    private static final Pattern LITERAL = Pattern.compile("\"([a-z_][a-z0-9_]*(?:\\.[a-z0-9_]+)*)\"");
    private static final Pattern PHRASE_OF = Pattern.compile("Phrase\\.of\\(\"([^\"]+)\"");

    @Test
    void bothCatalogsHaveTheSameKeys() {
        assertEquals(new TreeSet<>(ProblemCatalog.ENGLISH.texts().keySet()), new TreeSet<>(ProblemCatalog.DUTCH.texts().keySet()));
        assertTrue(ProblemCatalog.DUTCH.texts().size() > 200, "the catalog was read: " + ProblemCatalog.DUTCH.texts().size());
    }

    /** A {detail} is a library's own English explanation; Dutch may leave it out where a writer has no use for it. */
    @Test
    void bothCatalogsFillInTheSamePlaceholders() {
        for (var e : ProblemCatalog.ENGLISH.texts().entrySet()) {
            Set<String> english = placeholders(e.getValue());
            Set<String> dutch = placeholders(ProblemCatalog.DUTCH.texts().get(e.getKey()));
            Set<String> withoutDetail = new TreeSet<>(english);
            withoutDetail.remove("detail");
            assertTrue(dutch.equals(english) || dutch.equals(withoutDetail),
                    e.getKey() + ": English fills in " + english + ", Dutch " + dutch);
        }
    }

    @Test
    void everyKeyIsUsedAndEveryKeyUsedExists() throws IOException {
        Set<String> literals = new TreeSet<>();
        Set<String> phrases = new TreeSet<>();
        try (Stream<Path> files = Files.walk(TestSites.projectRoot().resolve("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String code = Files.readString(f);
                Matcher m = LITERAL.matcher(code);
                while (m.find()) literals.add(m.group(1));
                Matcher p = PHRASE_OF.matcher(code);
                while (p.find()) phrases.add(p.group(1));
            }
        }
        Set<String> keys = ProblemCatalog.ENGLISH.texts().keySet();
        Set<String> unused = keys.stream()
                .filter(k -> !literals.contains(k) && !(k.endsWith(".hint") && literals.contains(k.substring(0, k.length() - 5))))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of(), unused, "catalog keys no code uses");
        Set<String> missing = phrases.stream().filter(k -> !keys.contains(k)).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of(), missing, "keys the code uses that the catalog lacks");
    }

    @Test
    void aMessageIsFilledInItsLanguageWithItsHint() {
        Problem p = new Problem("content/x.md", 12, 5, Phrase.of("yaml.not_number", "key", "order", "value", "drie"));
        assertEquals("content/x.md:12:5: 'order' moet een geheel getal zijn, niet 'drie' (bijvoorbeeld 'order: 3')", ProblemCatalog.DUTCH.line(p));
        assertEquals("content/x.md:12:5: 'order' must be a whole number, not 'drie' (for example 'order: 3')", ProblemCatalog.ENGLISH.line(p));
        assertEquals(ProblemCatalog.ENGLISH.line(p), p.toString(), "logs and test output are in English");
        Problem nested = Problem.inFile("content/x.md", Phrase.of("yaml.not_a_map", "what", Phrase.of("page.front_matter")));
        assertEquals("content/x.md: het blok met gegevens bovenaan de pagina moet bestaan uit regels 'sleutel: waarde' (zie docs/content-schema.md)",
                ProblemCatalog.DUTCH.line(nested));
        Problem noHint = Problem.inFile("assets", Phrase.of("assets.cannot_read", "detail", "disk full"));
        assertEquals("assets: assets/ kan niet worden gelezen: disk full", ProblemCatalog.DUTCH.line(noHint));
    }

    @Test
    void aValueThatLooksLikeAPlaceholderIsNotFilledAgain() {
        Problem p = new Problem("content/x.md", 1, 1, Phrase.of("markdown.missing_page", "page", "{page}.md"));
        assertTrue(ProblemCatalog.DUTCH.line(p).contains("'{page}.md'"), ProblemCatalog.DUTCH.line(p));
    }

    /** Dutch is the default of `language`; a site in a language the engine has no words for reads English. */
    @Test
    void anUnknownLanguageIsDutchAndAnotherLanguageEnglish() {
        assertSame(ProblemCatalog.DUTCH, ProblemCatalog.forLanguage(null));
        assertSame(ProblemCatalog.DUTCH, ProblemCatalog.forLanguage("nl"));
        assertSame(ProblemCatalog.ENGLISH, ProblemCatalog.forLanguage("en"));
        assertSame(ProblemCatalog.ENGLISH, ProblemCatalog.forLanguage("de"));
    }

    private static Set<String> placeholders(String text) {
        Set<String> out = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) out.add(m.group(1));
        return out;
    }
}
