package nl.dossier.build;

import nl.dossier.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static nl.dossier.build.BuildCommandTest.copyProject;
import static nl.dossier.build.BuildCommandTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code dossier check}: every build check, both output formats, nothing published. */
class CheckCommandTest {

    @Test
    void theRealSitePasses() throws IOException {
        BuildCommandTest.Run r = run("check", "--source", TestSites.projectRoot().toString());
        assertEquals(0, r.exit(), r.out() + r.err());
        long htmlFiles;
        try (var walk = Files.walk(TestSites.realSiteDir())) {
            htmlFiles = walk.filter(p -> p.toString().endsWith(".html")).count();
        }
        var m = java.util.regex.Pattern.compile("^Geen problemen gevonden: 8 pagina's en (\\d+) bestanden gecontroleerd\\.").matcher(r.out());
        assertTrue(m.find(), r.out());
        assertTrue(Integer.parseInt(m.group(1)) >= htmlFiles, "every page of the site was checked: " + r.out());
    }

    @Test
    void contentProblemsInTextAndGithubFormat(@TempDir Path tmp) throws IOException {
        Path proj = tmp.resolve("proj");
        copyProject(TestSites.projectRoot(), proj);
        Path page = proj.resolve("content/bestrijding-drugssmokkel.md");
        Files.writeString(page, Files.readString(page).replace("order: 3", "ordre: 3"));

        BuildCommandTest.Run text = run("check", "--source", proj.toString());
        assertEquals(1, text.exit());
        assertEquals(List.of(
                "content/bestrijding-drugssmokkel.md:2:1: de verplichte sleutel 'order' ontbreekt (voeg 'order: een geheel getal' toe)",
                "content/bestrijding-drugssmokkel.md:4:1: onbekende sleutel 'ordre' in de gegevens bovenaan de pagina (bedoel je 'order'?)",
                "2 problemen gevonden."), text.out().lines().toList());

        BuildCommandTest.Run github = run("check", "--source", proj.toString(), "--format", "github");
        assertEquals(1, github.exit());
        assertEquals(List.of(
                "::error file=content/bestrijding-drugssmokkel.md,line=2,col=1::de verplichte sleutel 'order' ontbreekt (voeg 'order: een geheel getal' toe)",
                "::error file=content/bestrijding-drugssmokkel.md,line=4,col=1::onbekende sleutel 'ordre' in de gegevens bovenaan de pagina (bedoel je 'order'?)",
                "2 problemen gevonden."), github.out().lines().toList());
        assertFalse(Files.exists(proj.resolve("target")), "check publishes nothing");
    }

    @Test
    void outputChecksNameTheTemplateLineAndWhereItShows(@TempDir Path tmp) throws IOException {
        // A skipped heading level, an image without alt text, a stray end tag, and inline script.
        Path proj = glossaryTemplateWith(tmp, "<h4>Kort</h4><img src=\"../assets/img/favicon.svg\"></span><script>alert(1)</script>");

        BuildCommandTest.Run r = run("check", "--source", proj.toString());
        assertEquals(1, r.exit());
        List<String> lines = r.out().lines().toList();
        // The template line that wrote it, and where it shows: the offline copy is baked and checked
        // first; its pages are named offline/…, the hosted ones site/….
        String file = "templates/glossary.ftl:10: ";
        String shows = " in offline/begrippen/index\\.html:\\d+:\\d+ .*";
        assertTrue(lines.stream().anyMatch(l -> l.startsWith(file) && l.matches(".*: volgorde van de koppen: <h4> 'Kort' komt na een <h1>" + shows)), r.out());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith(file) && l.matches(".*: de afbeelding ../assets/img/favicon.svg heeft geen alt-attribuut" + shows)), r.out());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith(file) && l.matches(".*: ongeldige HTML \\(de HTML-lezer meldt: Unexpected EndTag token \\[</span>\\].*" + shows)), r.out());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith(file) && l.contains("<script> in de pagina zelf in offline/begrippen/index.html:")), r.out());
        assertEquals("4 problemen gevonden.", lines.get(lines.size() - 1), r.out());

        BuildCommandTest.Run gh = run("check", "--source", proj.toString(), "--format", "github");
        assertTrue(gh.out().lines().anyMatch(l -> l.matches("::error file=templates/glossary.ftl,line=10(,col=\\d+)?::volgorde van de koppen: .*")), gh.out());
    }

    @Test
    void aTemplateLinkToTheSitesOwnAddressFailsTheOfflineCopy(@TempDir Path tmp) throws IOException {
        Path proj = glossaryTemplateWith(tmp, "<p><a href=\"https://drugscriminaliteit.netlify.app/bronnen/index.html\">Bronnen</a></p>");

        BuildCommandTest.Run r = run("check", "--source", proj.toString());
        assertEquals(1, r.exit(), r.out());
        List<String> lines = r.out().lines().toList();
        assertTrue(lines.get(0).matches("templates/glossary\\.ftl:10: de link naar het eigen adres van de site "
                + "'https://drugscriminaliteit.netlify.app/bronnen/index.html' zou de offline kopie verlaten in offline/begrippen/index\\.html:\\d+:\\d+ .*"),
                r.out());
        assertEquals("1 probleem gevonden.", lines.get(lines.size() - 1), r.out());
    }

    /** A copy of the real project whose glossary template has {@code html} on a line of its own after the h1. */
    private static Path glossaryTemplateWith(Path tmp, String html) throws IOException {
        Path proj = tmp.resolve("proj");
        copyProject(TestSites.projectRoot(), proj);
        Path template = proj.resolve("templates/glossary.ftl");
        String ftl = Files.readString(template);
        int h1 = ftl.indexOf("</h1>");
        assertTrue(h1 > 0, "glossary.ftl has an h1");
        Files.writeString(template, ftl.substring(0, h1 + 5) + "\n" + html + ftl.substring(h1 + 5));
        return proj;
    }

    @Test
    void githubEscapesAnnotationData() {
        assertEquals("::error file=a%3Ab%2Cc.md,line=3::50%25 done%0Anext (hint)",
                nl.dossier.cli.CheckCommandAccess.github(new nl.dossier.model.Problem("a:b,c.md", 3, 0,
                        nl.dossier.model.Phrase.of("io.other", "detail", "50% done\nnext"), nl.dossier.model.Phrase.of("io.other", "detail", "hint"))));
    }
}
