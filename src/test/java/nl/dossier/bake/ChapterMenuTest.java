package nl.dossier.bake;

import nl.dossier.TestFiles;
import nl.dossier.TestSites;
import nl.dossier.build.Pipeline;
import nl.dossier.build.Progress;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The chapter's menu on every page lists every page of a short chapter; a long one lists only the
 * pages around the current one and links to the home page's full list, so that a site of n pages
 * does not write n menus of n entries.
 */
class ChapterMenuTest {
    @Test
    void aLongChapterListsOnlyTheNeighboursOfEachPage(@TempDir Path tmp) throws Exception {
        Path project = tmp.resolve("project");
        for (String dir : new String[] {"content", "templates", "assets"}) {
            TestFiles.copyTree(TestSites.projectRoot().resolve(dir), project.resolve(dir));
        }
        int extra = 40;
        for (int i = 0; i < extra; i++) {
            Files.writeString(project.resolve("content/extra-" + i + ".md"), "---\ntitle: Extra " + i + "\nnumber: 2.1.7." + (20 + i)
                    + "\norder: " + (20 + i) + "\nsummary: Een extra pagina.\nupdated: 2026-11-27\n---\n\nTekst van pagina " + i + ".\n");
        }
        Path site = tmp.resolve("site");
        Pipeline.once(project).build(site, Progress.quiet());

        Document middle = Jsoup.parse(site.resolve("extra-20/index.html").toFile(), "UTF-8");
        List<String> entries = middle.select(".hoofdstuk nav li").eachText();
        assertEquals(List.of("Beleid ter bestrijding van drugsgerelateerde criminaliteit", "2.1.7.39 Extra 19", "2.1.7.40 Extra 20",
                "2.1.7.41 Extra 21", "Alle 47 onderwerpen"), entries.stream().map(e -> e.replace("\u00AD", "")).toList());
        assertEquals("../extra-20/", middle.selectFirst(".hoofdstuk [aria-current=page]").attr("href"));
        assertEquals("../", middle.select(".hoofdstuk nav li").last().selectFirst("a").attr("href"));

        // The real chapter, of 7 pages, still lists them all on every page.
        Document real = Jsoup.parse(TestSites.realSiteDir().resolve("bestrijding-drugssmokkel/index.html").toFile(), "UTF-8");
        assertEquals(8, real.select(".hoofdstuk nav li").size());
        assertTrue(real.select(".hoofdstuk nav li").eachText().stream().noneMatch(t -> t.startsWith("Alle ")));
    }
}
