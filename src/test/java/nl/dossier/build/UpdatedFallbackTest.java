package nl.dossier.build;

import nl.dossier.TestSites;
import nl.dossier.model.ContentException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** "Laatst bijgewerkt": front matter first; without it git history, then the file's time (here: no git). */
class UpdatedFallbackTest {

    @Test
    void withoutUpdatedThePageShowsTheFileDate(@TempDir Path tmp) throws IOException, ContentException {
        Path proj = tmp.resolve("proj");
        BuildCommandTest.copyProject(TestSites.projectRoot(), proj);
        Path page = proj.resolve("content/bestrijding-drugssmokkel.md");
        String text = Files.readString(page);
        assertTrue(text.contains("updated: 2026-11-27\n"));
        Files.writeString(page, text.replace("updated: 2026-11-27\n", ""));
        Files.setLastModifiedTime(page, FileTime.from(Instant.parse("2025-03-04T10:00:00Z")));

        Pipeline.once(proj).build(tmp.resolve("site"), Progress.quiet());
        String html = Files.readString(tmp.resolve("site/bestrijding-drugssmokkel/index.html"));
        assertTrue(html.contains("Laatst bijgewerkt: <time datetime=\"2025-03-04\">4 maart 2025</time>"), html);
        String other = Files.readString(tmp.resolve("site/breed-offensief-botoc/index.html"));
        assertTrue(other.contains("<time datetime=\"2026-11-27\">"), "front matter wins where present");
    }
}
