package nl.dossier.build;

import nl.dossier.model.ProblemCatalog;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The closing lines of a build: the paths it wrote, as short as they can be, and the next step. */
class ProgressTest {
    private static final Path PROJECT = Path.of("/home/schrijver/dossier");

    private static String built(Path workingDirectory, Progress.Written written) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new Progress(new PrintStream(bytes, true, StandardCharsets.UTF_8), workingDirectory).built(written, 4_321_000_000L, ProblemCatalog.ENGLISH);
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static Progress.Written defaultsOf(Path project) {
        Path target = project.resolve("target");
        return new Progress.Written(project, target.resolve("site"), target.resolve("site-search-index"),
                target.resolve("drugscriminaliteit-editie-2024-offline.zip"), target.resolve("site/volledig/drugscriminaliteit-editie-2024.pdf"));
    }

    @Test
    void inTheProjectFolderThePathsAreRelativeAndServeNeedsNoSource() {
        assertEquals("""
                Built in 4321 ms:
                  site          target/site
                  search index  target/site-search-index
                  offline zip   target/drugscriminaliteit-editie-2024-offline.zip
                  PDF           target/site/volledig/drugscriminaliteit-editie-2024.pdf
                Next: run 'java -jar target/dossier.jar serve' for a live preview; to read it from disk, unzip target/drugscriminaliteit-editie-2024-offline.zip and open its index.html.
                """, built(PROJECT, defaultsOf(PROJECT)).replace(System.lineSeparator(), "\n"));
    }

    @Test
    void elsewhereThePathsAreAbsoluteWhenThatIsShorterAndServeIsToldTheSource() {
        String out = built(Path.of("/var/tmp/a/b/c"), defaultsOf(PROJECT));
        assertTrue(out.contains("  site          /home/schrijver/dossier/target/site\n"), out);
        assertTrue(out.contains("'java -jar target/dossier.jar serve --source /home/schrijver/dossier'"), out);
        // One folder up is shorter relative.
        String near = built(PROJECT.resolve("content"), defaultsOf(PROJECT));
        assertTrue(near.contains("  offline zip   ../target/drugscriminaliteit-editie-2024-offline.zip\n"), near);
        assertTrue(near.contains("serve --source ..'"), near);
    }

    @Test
    void aSourceWithASpaceIsQuotedForTheShellAndASiteWithoutPdfNamesNone() {
        Path project = Path.of("/home/schrijver/mijn dossier");
        Progress.Written w = defaultsOf(project);
        String out = built(Path.of("/var/tmp/a/b/c"), new Progress.Written(w.project(), w.site(), w.index(), w.zip(), null));
        assertTrue(out.contains("serve --source \"/home/schrijver/mijn dossier\"'"), out);
        assertFalse(out.contains("PDF"), out);
        assertEquals("\"a \\\"b\\\" \\$HOME\"", Progress.quoted("a \"b\" $HOME"));
    }

    @Test
    void aDutchSiteIsToldInDutch() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new Progress(new PrintStream(bytes, true, StandardCharsets.UTF_8), PROJECT).built(defaultsOf(PROJECT), 4_321_000_000L, ProblemCatalog.DUTCH);
        assertEquals("""
                Gebouwd in 4321 ms:
                  site          target/site
                  zoekindex     target/site-search-index
                  offline zip   target/drugscriminaliteit-editie-2024-offline.zip
                  PDF           target/site/volledig/drugscriminaliteit-editie-2024.pdf
                Volgende stap: start 'java -jar target/dossier.jar serve' voor een voorbeeld dat elke wijziging meteen toont; om de site vanaf schijf te lezen, pak je target/drugscriminaliteit-editie-2024-offline.zip uit en open je de index.html erin.
                """, bytes.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n"));
    }
}
