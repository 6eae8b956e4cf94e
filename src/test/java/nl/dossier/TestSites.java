package nl.dossier;

import nl.dossier.build.Progress;
import nl.dossier.build.Pipeline;
import nl.dossier.model.ContentException;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** The real project, built once per test run into a temporary folder and shared by read-only tests. */
public final class TestSites {
    private static Pipeline.Result result;
    private static Path output;

    private TestSites() {
    }

    /** The project root (surefire passes it; falls back to the working directory). */
    public static Path projectRoot() {
        return Path.of(System.getProperty("dossier.root", "")).toAbsolutePath().normalize();
    }

    public static synchronized Pipeline.Result realSite() {
        if (result == null) {
            try {
                output = TestFiles.temporaryFolder("dossier-real-").resolve("site");
                result = Pipeline.once(projectRoot()).build(output, Progress.quiet());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (ContentException e) {
                throw new AssertionError("the real content must build: " + e.problems(), e);
            }
        }
        return result;
    }

    public static synchronized Path realSiteDir() {
        realSite();
        return output;
    }

    /** Every HTML page of the real site, parsed afresh, by its path from the site root ('/' separators). */
    public static Map<String, Document> realSitePages() {
        Path site = realSiteDir();
        Map<String, Document> pages = new TreeMap<>();
        try (Stream<Path> files = Files.walk(site)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                pages.put(site.relativize(f).toString().replace('\\', '/'), Jsoup.parse(f.toFile(), "UTF-8"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pages;
    }
}
