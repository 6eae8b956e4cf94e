package nl.dossier.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A message of the engine's catalog ({@link ProblemCatalog}): its key and the values of its
 * {@code {name}} placeholders. It is put into words only when shown, in the language of the
 * site being built, so a problem found before {@code site.yaml} is read is still shown in it.
 *
 * @param values placeholder name → value: text, a number, or another {@code Phrase}
 */
public record Phrase(String key, Map<String, Object> values) {

    public Phrase {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** @param namesAndValues placeholder names, each followed by its value */
    public static Phrase of(String key, Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) throw new IllegalArgumentException("a value without a name in " + key);
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            Object value = namesAndValues[i + 1];
            values.put((String) namesAndValues[i], value == null ? "" : value);
        }
        return new Phrase(key, values);
    }

    /** The hint that goes with this message: key {@code <key>.hint}, the same values; the catalog may have none. */
    public Phrase hint() {
        return new Phrase(key + ".hint", values);
    }

    /** In English, for logs and test output; a writer gets {@link ProblemCatalog#text} in the site's language. */
    @Override
    public String toString() {
        return ProblemCatalog.ENGLISH.text(this);
    }
}
