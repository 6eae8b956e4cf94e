package nl.dossier.search;

import nl.dossier.TestFiles;
import nl.dossier.build.Progress;
import nl.dossier.build.SiteBuilder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The real site, built once per test run into a temporary folder: the site and its search index. */
final class BuiltSite {
    private static Path site;

    private BuiltSite() {
    }

    static synchronized Path site() {
        if (site == null) {
            try {
                Path root = Path.of(System.getProperty("dossier.root", "")).toAbsolutePath();
                Path out = TestFiles.temporaryFolder("dossier-search-test").resolve("site");
                new SiteBuilder(root, out, Progress.quiet()).build();
                site = out;
            } catch (Exception e) {
                throw new IllegalStateException("cannot build the site for the search tests", e);
            }
        }
        return site;
    }

    static Path index() {
        return SiteBuilder.indexFolder(site());
    }

    record Query(String query, String expected) {
    }

    /** The relevance set: query → the section that must be in the top 3. */
    static List<Query> relevanceSet() {
        try {
            Path file = Path.of(System.getProperty("dossier.root", "")).resolve("src/test/resources/search/relevance.tsv");
            List<Query> out = new ArrayList<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] parts = line.split("\t");
                out.add(new Query(parts[0], parts[1]));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
