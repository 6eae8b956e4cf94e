package nl.dossier.ci;

import nl.dossier.TestFiles;
import nl.dossier.TestScripts;
import nl.dossier.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * .ci/check-content, the writers' check on a pull request: a mistake in a copy of the real project
 * comes out as a GitHub annotation on the Markdown line and in a Dutch summary for the run's page.
 * The script runs Dossier from the test classpath (DOSSIER_CMD), without Maven and without the
 * tests, so what the writer sees cannot depend on the test run, which this mistake would fail.
 */
class ContentCheckScriptTest {
    static final Path ROOT = TestSites.projectRoot();
    static final String PAGE = "content/bestrijding-drugssmokkel.md";

    @TempDir
    Path tmp;

    @Test
    void aWritersMistakeBecomesAnAnnotationOnItsLineAndADutchSummary() throws Exception {
        Path project = tmp.resolve("project");
        for (String dir : List.of("content", "templates", "assets")) TestFiles.copyTree(ROOT.resolve(dir), project.resolve(dir));
        Path page = project.resolve(PAGE);
        String text = Files.readString(page);
        text = text + (text.endsWith("\n") ? "" : "\n") + "\nZie <img src=x onerror=alert(1)> en [de kaart](bestaat-niet.md).\n";
        Files.writeString(page, text);
        int line = (int) text.lines().count();

        Path summary = tmp.resolve("summary.md");
        TestScripts.Result r = check(project, summary, dossierFromTheClasspath());

        assertEquals(1, r.exit(), r.printed());
        List<String> annotations = r.out().lines().filter(l -> l.startsWith("::error ")).toList();
        String here = "::error file=" + PAGE + ",line=" + line + ",";
        // In the site's language, Dutch, like the summary around them.
        assertTrue(annotations.stream().anyMatch(a -> a.startsWith(here) && a.contains("link naar de pagina 'bestaat-niet.md', die niet bestaat")),
                r.printed());
        assertTrue(annotations.stream().anyMatch(a -> a.startsWith(here) && a.contains("het HTML-element <img> is niet toegestaan")), r.printed());
        assertTrue(r.out().lines().anyMatch(l -> l.equals(annotations.size() + " problemen gevonden.")), r.printed());

        String s = Files.readString(summary);
        assertTrue(s.startsWith("## Controle van de tekst\n\n**" + annotations.size() + " problemen gevonden.** Pas de tekst aan"), s);
        String item = "<li><strong>" + PAGE + "</strong>, regel " + line + ": ";
        assertTrue(s.lines().anyMatch(l -> l.startsWith(item) && l.contains("link naar de pagina 'bestaat-niet.md'") && l.endsWith("</li>")), s);
        assertEquals(annotations.size(), s.lines().filter(l -> l.startsWith("<li>")).count(), "every problem is listed: " + s);
        assertFalse(s.contains("<img"), "the writer's HTML is shown as text: " + s);
        assertTrue(s.contains("&lt;img&gt;"), s);
    }

    @Test
    void theSummaryUndoesTheAnnotationEscapingAndShowsEverythingAsText() throws Exception {
        // Dossier's escaping (as in GitHub's toolkit): % , : in properties, % CR LF in the message.
        List<String> printed = List.of(
                "::error file=content/a%2Cb%3Ac.md,line=3,col=1::100%25 <b>vet</b> & [link](javascript:alert(1))%0A%0A# kop",
                "::error file=site/index.html::geen regel",
                "2 problems found.");
        Path summary = tmp.resolve("summary.md");
        TestScripts.Result r = check(tmp, summary, standIn(printed, 1));

        assertEquals(1, r.exit(), r.printed());
        assertEquals(printed, r.out().lines().toList(), "the annotations reach GitHub unchanged");
        assertEquals("check --source " + tmp + " --format github", Files.readString(tmp.resolve("dossier.args")).strip());
        assertEquals("""
                ## Controle van de tekst

                **2 problemen gevonden.** Pas de tekst aan op de plaatsen hieronder en maak een nieuwe commit: \
                dan loopt de controle opnieuw. Onder *Files changed* staan de eerste tien ook als opmerking bij de regel zelf.

                <ul>
                <li><strong>content/a,b:c.md</strong>, regel 3: 100% &lt;b&gt;vet&lt;/b&gt; &amp; [link](javascript:alert(1))  # kop</li>
                <li><strong>site/index.html</strong>: geen regel</li>
                </ul>

                """, Files.readString(summary));
    }

    @Test
    void noProblemsIsGreenAndSaysSo() throws Exception {
        Path summary = tmp.resolve("summary.md");
        Files.writeString(summary, "## Eerdere stap\n\n");
        TestScripts.Result r = check(tmp, summary, standIn(List.of("No problems found: 8 pages, 40 files checked."), 0));
        assertEquals(0, r.exit(), r.printed());
        assertEquals("## Eerdere stap\n\n## Controle van de tekst\n\nGeen problemen gevonden: de tekst is in orde.\n\n",
                Files.readString(summary), "appended to what earlier steps wrote");
    }

    @Test
    void aCheckThatCannotRunFailsAndSaysItFoundNothingInTheText() throws Exception {
        Path summary = tmp.resolve("summary.md");
        TestScripts.Result r = check(tmp, summary, standIn(List.of("internal error: java.lang.OutOfMemoryError"), 1));
        assertNotEquals(0, r.exit(), r.printed());
        assertTrue(Files.readString(summary).contains(
                "De controle is gestopt zonder een probleem in de tekst aan te wijzen (foutcode 1)."), Files.readString(summary));
    }

    @Test
    void withoutGithubItOnlyPrints() throws Exception {
        List<String> printed = List.of("::error file=content/x.md,line=1::x", "1 problem found.");
        Map<String, String> env = new HashMap<>();
        env.put("GITHUB_STEP_SUMMARY", null);
        env.put("DOSSIER_CMD", standIn(printed, 1));
        TestScripts.Result r = TestScripts.bash(ROOT, env, tmp, 60, "bash .ci/check-content " + tmp);
        assertEquals(1, r.exit(), r.printed());
        assertEquals(printed, r.out().lines().toList());
        assertEquals("", r.err());
    }

    private TestScripts.Result check(Path project, Path summary, String dossierCommand) throws IOException, InterruptedException {
        Map<String, String> env = new HashMap<>();
        env.put("GITHUB_STEP_SUMMARY", summary.toString());
        env.put("DOSSIER_CMD", dossierCommand);
        return TestScripts.bash(ROOT, env, tmp, 300, "bash .ci/check-content " + project);
    }

    /** Dossier's command line from this test's classpath: the jar is not built yet during `mvn test`. */
    static String dossierFromTheClasspath() {
        return Path.of(System.getProperty("java.home"), "bin", "java") + " -cp " + System.getProperty("java.class.path") + " nl.dossier.cli.Main";
    }

    /** A stand-in for Dossier that prints the given lines and exits with the given code. */
    private String standIn(List<String> lines, int exit) throws IOException {
        Path script = tmp.resolve("dossier");
        StringBuilder body = new StringBuilder("#!/bin/sh\necho \"$*\" > \"$0.args\"\ncat <<'EOF'\n");
        for (String l : lines) body.append(l).append('\n');
        body.append("EOF\nexit ").append(exit).append('\n');
        Files.writeString(script, body);
        assertTrue(script.toFile().setExecutable(true));
        return script.toString();
    }
}
