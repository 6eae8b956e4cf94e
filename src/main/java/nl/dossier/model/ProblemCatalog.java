package nl.dossier.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/**
 * The words of every problem the engine reports, in one language: {@code
 * nl/dossier/problems/<language>.properties} in the jar, read as UTF-8. They are the engine's
 * words, not the site's, so they live beside the code; each key is a {@link Phrase}'s, with
 * {@code {name}} placeholders filled by {@link Messages#fill}.
 *
 * <p>The language is the site's ({@code language} in site.yaml, read by {@code
 * load.SiteLanguage}); the engine has Dutch and English. A site in another language gets English
 * (the one its writers most likely read besides their own), and a site whose language cannot be
 * read gets Dutch, the default of {@code language}.
 */
public final class ProblemCatalog {
    public static final ProblemCatalog DUTCH = load("nl");
    public static final ProblemCatalog ENGLISH = load("en");

    private final String language;
    private final Map<String, String> texts;

    private ProblemCatalog(String language, Map<String, String> texts) {
        this.language = language;
        this.texts = texts;
    }

    /** The catalog for a site language; see the class comment for a language without one, or null (unknown). */
    public static ProblemCatalog forLanguage(String language) {
        if (language == null) return forLanguage(SiteSettings.DEFAULT_LANGUAGE);
        return language.equals("nl") ? DUTCH : ENGLISH;
    }

    public String language() {
        return language;
    }

    /** Every key and its text, for the test that compares the catalogs. */
    public Map<String, String> texts() {
        return texts;
    }

    /** A message in this language; a key missing from the catalog shows as itself, never as a crash. */
    public String text(Phrase t) {
        String pattern = texts.get(t.key());
        if (pattern == null) return t.key() + t.values();
        Map<String, String> values = new HashMap<>();
        t.values().forEach((name, value) -> values.put(name, value instanceof Phrase inner ? text(inner) : String.valueOf(value)));
        return Messages.fill(pattern, values);
    }

    /** The hint of a problem in this language, or null when it has none. */
    public String hint(Problem p) {
        if (p.hint() == null || !texts.containsKey(p.hint().key())) return null;
        return text(p.hint());
    }

    public String message(Problem p) {
        return text(p.message());
    }

    /** {@code content/x.md:12:5: message (hint)}, the form editors and CI annotations understand. */
    public String line(Problem p) {
        StringBuilder b = new StringBuilder(p.place()).append(": ").append(message(p));
        String hint = hint(p);
        if (hint != null && !hint.isBlank()) b.append(" (").append(hint).append(')');
        return b.toString();
    }

    private static ProblemCatalog load(String language) {
        String name = "/nl/dossier/problems/" + language + ".properties";
        try (InputStream in = ProblemCatalog.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("the jar has no " + name);
            Properties p = new Properties();
            try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                p.load(r);
            }
            Map<String, String> texts = new HashMap<>();
            p.stringPropertyNames().forEach(k -> texts.put(k, p.getProperty(k)));
            return new ProblemCatalog(language, Map.copyOf(texts));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
