package nl.dossier.model;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Every word the engine and the templates put on a page, in the site's language: the messages
 * file {@code templates/messages/<language>.yaml} (docs/templates.md). Java code reads only the
 * keys in {@link #ENGINE_KEYS}, which the load stage requires; templates read any key through
 * the {@code messages} variable.
 *
 */
public final class Messages {
    /** The keys Java code uses; a messages file without one of them is reported at load. */
    public static final List<String> ENGINE_KEYS = List.of(
            "date_format",
            "glossary_title", "glossary_description",
            "bibliography_title", "bibliography_description",
            "search_title", "search_description",
            "search_none", "search_missing",
            "accessibility_title", "accessibility_description",
            "privacy_title", "privacy_description",
            "notfound_title", "notfound_description",
            "sitemap_title",
            "complete_title", "complete_description",
            "how_to_cite",
            "citation_label",
            "reference_internet", "reference_available_from");

    private final String language;
    private final String file;
    private final Map<String, String> texts;
    private final DateTimeFormatter dates;

    /**
     * @param language the site's language, from {@code language} in site.yaml ({@code nl}, {@code en})
     * @param file     the messages file as a writer names it, e.g. {@code templates/messages/en.yaml}
     * @param texts    key → text, with every engine key and a valid {@code date_format}
     */
    public Messages(String language, String file, Map<String, String> texts) {
        this.language = language;
        this.file = file;
        this.texts = Map.copyOf(texts);
        this.dates = DateTimeFormatter.ofPattern(text("date_format"), locale());
    }

    public String language() {
        return language;
    }

    public String file() {
        return file;
    }

    public Map<String, String> texts() {
        return texts;
    }

    /** The text of an engine key; the load stage has checked that it is there. */
    public String text(String key) {
        String t = texts.get(key);
        if (t == null) throw new IllegalStateException(file + " has no message '" + key + "'");
        return t;
    }

    /**
     * The text of {@code key} with each {@code {name}} replaced by its value, in one pass (a
     * value that holds "{x}" is not filled in again); a name without a value stays as it is.
     */
    public String format(String key, Map<String, String> values) {
        return fill(text(key), values);
    }

    public static String fill(String text, Map<String, String> values) {
        StringBuilder b = new StringBuilder(text.length() + 32);
        int i = 0;
        while (i < text.length()) {
            int open = text.indexOf('{', i);
            int close = open < 0 ? -1 : text.indexOf('}', open);
            if (close < 0) break;
            String value = values.get(text.substring(open + 1, close));
            if (value == null) {
                b.append(text, i, open + 1);
                i = open + 1;
            } else {
                b.append(text, i, open).append(value);
                i = close + 1;
            }
        }
        return b.append(text, i, text.length()).toString();
    }

    public Locale locale() {
        return Locale.forLanguageTag(language);
    }

    /** A date as a reader of this language writes it, e.g. "27 november 2026" or "27 November 2026". */
    public String date(LocalDate date) {
        return dates.format(date);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Messages m && language.equals(m.language) && file.equals(m.file) && texts.equals(m.texts);
    }

    @Override
    public int hashCode() {
        return Objects.hash(language, file, texts);
    }
}
