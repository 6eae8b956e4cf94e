package nl.dossier.security;

import nl.dossier.TestSites;
import nl.dossier.build.BuildCommandTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Template output is escaped by default; the few unescaped values are the reviewed ones in docs/security.md. */
class TemplateEscapingTest {
    /**
     * HTML the pipeline generated itself (Markdown bodies, formatted references, JSON-LD data),
     * and the one message that is HTML by its name (a key ending in _html, from the messages file
     * beside the templates, which is as trusted as the templates).
     */
    static final Set<String> REVIEWED_UNESCAPED = Set.of("content.body", "ref.html", "r.html", "content.jsonLd", "part.body",
            "messages.search_hint_html");
    private static final Pattern NO_ESC = Pattern.compile("\\$\\{([^}?]+)\\?no_esc}");

    @Test
    void everyTemplateAutoEscapesAndOnlyReviewedValuesAreUnescaped() throws IOException {
        Set<String> unreviewed = new TreeSet<>();
        try (Stream<Path> files = Files.list(TestSites.projectRoot().resolve("templates"))) {
            for (Path t : files.filter(p -> p.toString().endsWith(".ftl")).sorted().toList()) {
                String text = Files.readString(t);
                String first = text.lines().findFirst().orElse("");
                assertTrue(first.startsWith("<#ftl output_format=\"HTML\"") || first.startsWith("<#ftl output_format=\"XML\""),
                        t.getFileName() + " must start with an auto-escaping output format");
                assertFalse(text.contains("?no_esc") && text.contains("<#noautoesc"), t.getFileName() + ": no #noautoesc blocks");
                Matcher m = NO_ESC.matcher(text);
                while (m.find()) {
                    if (!REVIEWED_UNESCAPED.contains(m.group(1).strip())) unreviewed.add(t.getFileName() + ": " + m.group(1));
                }
            }
        }
        assertEquals(Set.of(), unreviewed);
    }

    @Test
    void markupInFrontMatterAndDataFilesIsShownAsText(@TempDir Path tmp) throws IOException {
        Path proj = tmp.resolve("proj");
        BuildCommandTest.copyProject(TestSites.projectRoot(), proj);
        Path page = proj.resolve("content/bestrijding-drugssmokkel.md");
        Files.writeString(page, Files.readString(page)
                .replaceFirst("(?m)^title: .*$", "title: \"Smokkel <script>alert(1)</script> & <img src=x onerror=alert(2)>\""));
        Path glossary = proj.resolve("content/glossary.yaml");
        Files.writeString(glossary, Files.readString(glossary)
                .replaceFirst("(?m)^(\\s*)name: Hit and Run Postteam$", "$1name: \"Hit and Run Postteam <b onmouseover=alert(3)>\""));
        Path out = tmp.resolve("site");
        var run = BuildCommandTest.run("build", "--source", proj.toString(), "--output", out.toString(), "--quiet");
        assertEquals(0, run.exit(), run.err());
        for (Path html : List.of(out.resolve("bestrijding-drugssmokkel/index.html"), out.resolve("index.html"),
                out.resolve("begrippen/index.html"), out.resolve("drugsbestellingen-via-internet/index.html"))) {
            String text = Files.readString(html);
            assertFalse(text.contains("<script>alert"), html + " runs no injected script");
            assertFalse(text.contains("<img src=x"), html.toString());
            assertFalse(text.contains("<b onmouseover"), html.toString());
        }
        String page1 = Files.readString(out.resolve("bestrijding-drugssmokkel/index.html"));
        // Display text carries soft hyphens in long words such as "onmouseover"; a reader sees the text without them.
        String glossaryPage = Files.readString(out.resolve("begrippen/index.html")).replace("\u00AD", "");
        assertTrue(glossaryPage.contains("Hit and Run Postteam &lt;b onmouseover=alert(3)&gt;"), "glossary name shown as text");
        assertTrue(page1.contains("Smokkel &lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;img src=x onerror=alert(2)&gt;"), "shown as text");
    }
}
