package nl.dossier.errors;

import nl.dossier.errors.Fixture.Run;
import nl.dossier.model.ProblemCatalog;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Problems speak the site's language: English for a site {@code dossier init --language en}
 * wrote, Dutch for the real site, the same {@code file:line:col} form, in {@code build},
 * {@code check} and {@code check --format github}; and when site.yaml itself is what is broken.
 * (BrokenInputTest holds every problem of the real, Dutch site.)
 */
class MessageLanguageTest {
    private static final String INDEX = "content/index.md";

    private static Path englishSite(Path tmp) {
        Path site = tmp.resolve("site");
        assertEquals(0, Fixture.run("init", "--language", "en", site.toString()).exitCode());
        return site;
    }

    /** Three mistakes of a writer: a number in words, a missing page, a missing source. */
    private static void mistakes(Path site) throws IOException {
        Fixture.replace(site, INDEX, "order: 0", "order: zero");
        Fixture.append(site, INDEX, "\nSee [this](missing-page.md) and source [9].\n");
    }

    @Test
    void anEnglishSiteGetsEnglishProblemsFromBuildAndCheck(@TempDir Path tmp) throws IOException {
        Path site = englishSite(tmp);
        mistakes(site);
        String link = Fixture.positionOf(site, INDEX, "[this]");
        String citation = Fixture.positionOf(site, INDEX, "[9]");

        Run build = Fixture.build(site, tmp.resolve("out/site"), "--quiet");
        assertEquals(1, build.exitCode(), build.printed());
        assertEquals(List.of(
                INDEX + ":4:8: 'order' must be a whole number, not 'zero' (for example 'order: 3')",
                "1 problem; nothing was published."), build.err().lines().toList(), build.printed());

        Fixture.replace(site, INDEX, "order: zero", "order: 0");
        Run check = Fixture.run("check", "--source", site.toString());
        assertEquals(1, check.exitCode(), check.printed());
        assertEquals(List.of(
                INDEX + ":" + link + ": link to missing page 'missing-page.md' (check the file name in content/)",
                INDEX + ":" + citation + ": citation [9] refers to reference 9, which is not in content/references.yaml "
                        + "(add reference 9 to content/references.yaml or correct the number)",
                "2 problems found."), check.out().lines().toList(), check.printed());

        Run github = Fixture.run("check", "--source", site.toString(), "--format", "github");
        assertEquals(1, github.exitCode(), github.printed());
        String[] lc = link.split(":");
        assertTrue(github.out().lines().anyMatch(l -> l.equals("::error file=" + INDEX + ",line=" + lc[0] + ",col=" + lc[1]
                + "::link to missing page 'missing-page.md' (check the file name in content/)")), github.printed());
        for (Run r : List.of(build, check, github)) Languages.assertOnly(ProblemCatalog.ENGLISH, r.printed());
    }

    @Test
    void theRealSiteGetsDutchProblemsFromCheck(@TempDir Path tmp) throws IOException {
        Path project = tmp.resolve("project");
        Fixture.copyProject(project);
        Fixture.append(project, BrokenInputTest.DRUGS, "\nZie [dit](bestaat-niet.md) en bron [99].\n");

        Run check = Fixture.run("check", "--source", project.toString());
        assertEquals(1, check.exitCode(), check.printed());
        List<String> lines = check.out().lines().toList();
        assertEquals(3, lines.size(), check.printed());
        assertTrue(lines.get(0).startsWith(BrokenInputTest.DRUGS + ":" + Fixture.positionOf(project, BrokenInputTest.DRUGS, "[dit]")
                + ": link naar de pagina 'bestaat-niet.md', die niet bestaat ("), check.printed());
        assertEquals("2 problemen gevonden.", lines.get(2));
        Run github = Fixture.run("check", "--source", project.toString(), "--format", "github");
        assertTrue(github.out().lines().anyMatch(l -> l.startsWith("::error file=" + BrokenInputTest.DRUGS + ",")
                && l.contains("::de bronvermelding [99] verwijst naar bron 99")), github.printed());
        for (Run r : List.of(check, github)) Languages.assertOnly(ProblemCatalog.DUTCH, r.printed());
    }

    /** A YAML mistake in site.yaml: its language line is still read, so the problem is in English. */
    @Test
    void aBrokenSiteYamlStillSpeaksItsLanguage(@TempDir Path tmp) throws IOException {
        Path site = englishSite(tmp);
        Fixture.replace(site, "content/site.yaml", "title: Getting started with Dossier", "title: Dossier: getting started");

        Run build = Fixture.build(site, tmp.resolve("out/site"), "--quiet");
        assertEquals(1, build.exitCode(), build.printed());
        assertTrue(build.err().startsWith("content/site.yaml:2:"), build.printed());
        assertTrue(build.err().contains(": invalid YAML: mapping values are not allowed here"), build.printed());
        assertTrue(build.err().contains("1 problem; nothing was published."), build.printed());
        Languages.assertOnly(ProblemCatalog.ENGLISH, build.printed());
    }

    /** The language check finds a message of the other language, and passes a library's own words quoted in ours. */
    @Test
    void theLanguageCheckCanFail() {
        assertThrows(AssertionFailedError.class, () -> Languages.assertOnly(ProblemCatalog.DUTCH,
                "content/x.md:3:1: link to missing page 'y.md' (check the file name in content/)"));
        assertThrows(AssertionFailedError.class, () -> Languages.assertOnly(ProblemCatalog.ENGLISH,
                "content/x.md:3:1: link naar de pagina 'y.md', die niet bestaat (controleer de bestandsnaam in content/)"));
        Languages.assertOnly(ProblemCatalog.DUTCH, "templates/page.ftl:8:3: fout in het template bij het maken van content/x.md: "
                + "The following has evaluated to null or missing: content.x (vergelijk de namen van de waarden met docs/templates.md)");
    }

    /** When site.yaml cannot be read at all, the language is unknown: the default, Dutch. */
    @Test
    void anUnreadableSiteYamlGivesDutch(@TempDir Path tmp) throws IOException {
        Path site = englishSite(tmp);
        Path yaml = site.resolve("content/site.yaml");
        byte[] text = Files.readAllBytes(yaml);
        byte[] broken = new byte[text.length + 1];
        System.arraycopy(text, 0, broken, 1, text.length);
        broken[0] = (byte) 0xE9;
        Files.write(yaml, broken);

        Run build = Fixture.build(site, tmp.resolve("out/site"), "--quiet");
        assertEquals(1, build.exitCode(), build.printed());
        assertTrue(build.err().startsWith("content/site.yaml:1:1: het bestand is niet als UTF-8 opgeslagen (byte 0)"), build.printed());
        assertTrue(build.err().contains("1 probleem; er is niets gepubliceerd."), build.printed());
    }
}
