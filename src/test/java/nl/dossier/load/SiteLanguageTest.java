package nl.dossier.load;

import nl.dossier.model.ProblemCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

/** The language of a site's problems, even when site.yaml is what is broken. */
class SiteLanguageTest {

    private static Path site(Path dir, byte[] siteYaml) throws IOException {
        Files.createDirectories(dir.resolve("content"));
        Files.createDirectories(dir.resolve("templates/messages"));
        for (String language : new String[] {"nl", "en", "de"}) Files.writeString(dir.resolve("templates/messages/" + language + ".yaml"), "x: y\n");
        Files.write(dir.resolve("content/site.yaml"), siteYaml);
        return dir;
    }

    private static Path site(Path dir, String siteYaml) throws IOException {
        return site(dir, siteYaml.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void theLanguageLine(@TempDir Path dir) throws IOException {
        assertEquals("en", SiteLanguage.of(site(dir, "title: T\nlanguage: en\n")));
        assertSame(ProblemCatalog.ENGLISH, SiteLanguage.catalog(dir));
    }

    @Test
    void noLanguageLineIsDutchAsForThePages(@TempDir Path dir) throws IOException {
        assertEquals("nl", SiteLanguage.of(site(dir, "title: T\n")));
    }

    @Test
    void aYamlMistakeElsewhereStillGivesTheLanguage(@TempDir Path dir) throws IOException {
        assertEquals("en", SiteLanguage.of(site(dir, "title: Policy: a summary\nlanguage: en\nparent:\n\t- x\n")));
    }

    /** A site translated into a language the engine has no words for reads English, its writers' likeliest second language. */
    @Test
    void anotherLanguageWithItsMessagesFileGetsEnglish(@TempDir Path dir) throws IOException {
        assertEquals("de", SiteLanguage.of(site(dir, "language: de\n")));
        assertSame(ProblemCatalog.ENGLISH, SiteLanguage.catalog(dir));
    }

    /** A language the site cannot be built in is site.yaml's problem: its language is unknown. */
    @Test
    void aLanguageWithoutMessagesFileOrNoCodeIsUnknown(@TempDir Path dir) throws IOException {
        assertNull(SiteLanguage.of(site(dir, "language: fr\n")));
        assertNull(SiteLanguage.of(site(dir, "language: Nederlands\n")));
        assertSame(ProblemCatalog.DUTCH, SiteLanguage.catalog(dir));
    }

    @Test
    void anUnreadableSiteYamlHasNoLanguageAndGetsDutch(@TempDir Path dir) throws IOException {
        assertNull(SiteLanguage.of(site(dir, new byte[] {'l', 'a', (byte) 0xE9, '\n'})));
        assertSame(ProblemCatalog.DUTCH, SiteLanguage.catalog(dir));
        assertNull(SiteLanguage.of(dir.resolve("nowhere")));
        assertSame(ProblemCatalog.DUTCH, SiteLanguage.catalog(dir.resolve("nowhere")));
    }
}
