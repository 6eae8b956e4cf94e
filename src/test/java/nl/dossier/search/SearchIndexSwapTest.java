package nl.dossier.search;

import nl.dossier.TestFiles;
import nl.dossier.build.Progress;
import nl.dossier.build.Pipeline;
import nl.dossier.model.ContentException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The index is built with the site and swapped in with it: a failed build leaves both as they were. */
class SearchIndexSwapTest {
    @TempDir
    Path tmp;

    @Test
    void aFailedBuildLeavesThePreviousSiteAndIndex() throws Exception {
        Path root = Path.of(System.getProperty("dossier.root", ""));
        Path project = tmp.resolve("project");
        for (String dir : new String[] {"content", "templates", "assets"}) TestFiles.copyTree(root.resolve(dir), project.resolve(dir));
        Path site = tmp.resolve("out/site");
        Pipeline.once(project).build(site, Progress.quiet());
        Path index = Pipeline.indexFolder(site);
        assertEquals(tmp.resolve("out/site-search-index"), index);
        assertTrue(Files.isRegularFile(site.resolve("search/manifest.js")));
        Map<String, Long> siteBefore = listing(site), indexBefore = listing(index);

        Files.writeString(project.resolve("content/kapot.md"), "---\ntitle: Kapot\n---\n\nGeen nummer.\n");
        assertThrows(ContentException.class, () -> Pipeline.once(project).build(site, Progress.quiet()));
        assertEquals(siteBefore, listing(site));
        assertEquals(indexBefore, listing(index));
        try (SearchEngine engine = new SearchEngine(index)) {
            assertEquals("drugsbestellingen-via-internet/#inhoud", engine.search("briefgeheim", 1).get(0).url());
        }
        try (Stream<Path> s = Files.list(tmp.resolve("out"))) {
            assertEquals(java.util.List.of("dossier-cache", "drugscriminaliteit-editie-2024-offline.zip", "site", "site-search-index"),
                    s.map(p -> p.getFileName().toString()).sorted().toList(),
                    "site, index, offline zip and PDF cache; no temporary folders left behind");
        }
    }

    private static Map<String, Long> listing(Path dir) throws IOException {
        Map<String, Long> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                out.put(dir.relativize(p).toString(), Files.size(p) * 31 + Files.getLastModifiedTime(p).toMillis());
            }
        }
        return out;
    }
}
