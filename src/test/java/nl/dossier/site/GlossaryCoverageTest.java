package nl.dossier.site;

import nl.dossier.TestSites;
import nl.dossier.load.ContentLoader;
import nl.dossier.model.Content;
import nl.dossier.model.ContentException;
import nl.dossier.model.GlossaryTerm;
import nl.dossier.model.PageSource;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every abbreviation in the text is explained in the glossary. */
class GlossaryCoverageTest {
    /** Two or more capitals, possibly mixed with lower case (JenV, Pbw is caught by the second form). */
    private static final Pattern ABBREVIATION = Pattern.compile(
            "(?<![\\p{L}\\p{N}])([A-Z][A-Za-z]*[A-Z][A-Za-z]*(?:-[A-Z]{2,})?|[A-Z][a-z][a-z]?w)(?![\\p{L}\\p{N}])");
    /** Capitalised words that are not abbreviations: Roman numerals (lijst I en II). */
    private static final Set<String> NOT_ABBREVIATIONS = Set.of("II", "III", "IV");

    @Test
    void everyAbbreviationInThePagesIsInTheGlossary() throws ContentException {
        Content content = new ContentLoader(TestSites.projectRoot()).load();
        Set<String> terms = content.glossary().stream().map(GlossaryTerm::term).collect(Collectors.toSet());
        Set<String> missing = new TreeSet<>();
        assertTrue(content.pages().size() >= 8, "the real pages are read");
        for (PageSource p : content.pages()) {
            Matcher m = ABBREVIATION.matcher(p.body());
            while (m.find()) {
                String word = m.group(1);
                if (!terms.contains(word) && !NOT_ABBREVIATIONS.contains(word) && word.chars().filter(Character::isUpperCase).count() >= 2) {
                    missing.add(word + " (" + p.source().displayPath() + ")");
                }
            }
        }
        assertEquals(Set.of(), missing);
    }

    @Test
    void everyGlossaryTermIsUsedSomewhere() {
        var graph = TestSites.realSite().graph();
        Set<String> unused = new TreeSet<>();
        for (GlossaryTerm t : graph.content().glossary()) {
            boolean inPages = !graph.pagesUsing(t).isEmpty();
            boolean inReferences = graph.content().references().stream().anyMatch(r -> r.title().contains(t.term()));
            if (!inPages && !inReferences) unused.add(t.term());
        }
        assertEquals(Set.of(), unused);
    }
}
