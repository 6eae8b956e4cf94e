package nl.dossier.errors;

import nl.dossier.model.ProblemCatalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Whether what a command printed speaks one language: no wording of the other catalog in it.
 * The wording is every run of fixed text between placeholders (at least three words) of the
 * other catalog's messages that the expected catalog never uses, so a library's own text
 * quoted in a message (Freemarker's, jsoup's) is not mistaken for one of ours.
 */
public final class Languages {
    private Languages() {
    }

    public static void assertOnly(ProblemCatalog language, String printed) {
        ProblemCatalog other = language == ProblemCatalog.DUTCH ? ProblemCatalog.ENGLISH : ProblemCatalog.DUTCH;
        String own = String.join("\n", language.texts().values());
        Set<String> found = new TreeSet<>();
        for (String fragment : fragments(other)) {
            if (!own.contains(fragment) && printed.contains(fragment)) found.add(fragment);
        }
        assertEquals(Set.of(), found, "words of the " + other.language() + " messages in a " + language.language() + " site's output:\n" + printed);
    }

    private static List<String> fragments(ProblemCatalog catalog) {
        List<String> out = new ArrayList<>();
        for (String text : catalog.texts().values()) {
            for (String part : text.split("\\{[a-z_]+}")) {
                String p = part.strip();
                if (p.split(" ").length >= 3) out.add(p);
            }
        }
        return out;
    }
}
