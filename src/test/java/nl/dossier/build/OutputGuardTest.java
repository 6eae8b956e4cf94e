package nl.dossier.build;

import nl.dossier.TestSites;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import static nl.dossier.build.BuildCommandTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Dossier writes, replaces and deletes only what it made: every output that would replace the
 * project, its sources, the home folder or a folder or file Dossier did not write is refused with
 * exit 2 before anything is created or deleted. Each case runs on a copy of the project.
 */
class OutputGuardTest {
    /** The file in every folder Dossier makes (a documented name: users may see it). */
    static final String MARKER = ".dossier-output";

    @TempDir
    Path tmp;
    Path proj;

    @BeforeEach
    void copyProject() throws IOException {
        proj = tmp.resolve("proj");
        BuildCommandTest.copyProject(TestSites.projectRoot(), proj);
        Files.createDirectories(proj.resolve(".git"));
        Files.writeString(proj.resolve(".git/HEAD"), "ref: refs/heads/main\n");
        Files.createDirectories(proj.resolve("docs"));
        Files.writeString(proj.resolve("docs/architecture.md"), "# Architecture\n");
    }

    /** Runs the command and asserts exit 2, a message naming {@code shown} and the fix, and that nothing under tmp changed. */
    private BuildCommandTest.Run refused(String shown, String fix, String... args) throws IOException {
        Map<String, String> before = tree(tmp);
        BuildCommandTest.Run r = run(args);
        assertEquals(2, r.exit(), r.out() + r.err());
        assertTrue(r.err().contains(shown), "names " + shown + ": " + r.err());
        assertTrue(r.err().contains(fix), "says how to fix it (" + fix + "): " + r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        assertEquals(before, tree(tmp), "nothing created, replaced or deleted");
        return r;
    }

    private BuildCommandTest.Run refusedBuild(Path output, String shown, String fix) throws IOException {
        return refused(shown, fix, "build", "--source", proj.toString(), "--output", output.toString(), "--quiet");
    }

    @Test
    void aFolderOfTheProjectThatDossierDidNotMakeIsRefused() throws IOException {
        refusedBuild(proj.resolve("docs"), proj.resolve("docs") + ": output folder is not empty and was not made by Dossier",
                "choose another folder, or empty this one first");
        assertEquals("# Architecture\n", Files.readString(proj.resolve("docs/architecture.md")));
    }

    @Test
    void theProjectItselfIsRefusedHoweverItIsWritten() throws IOException {
        String hint = "choose a place outside the project's content/, templates/, assets/ and .git, e.g. the default " + proj.toRealPath().resolve("target/site");
        refusedBuild(proj, "output folder is the source folder itself", hint);
        refusedBuild(Path.of(proj + "/."), "output folder is the source folder itself", hint);
        refusedBuild(Path.of(proj + "/target/.."), "output folder is the source folder itself", hint);
        refusedBuild(Path.of(proj + "/.."), tmp + ": output folder contains the source folder " + proj.toRealPath(), hint);
        assertTrue(Files.isRegularFile(proj.resolve(".git/HEAD")));
    }

    @Test
    void sourceFoldersAreRefusedAlsoWhenTheOutputIsMissing() throws IOException {
        String hint = "choose a place outside the project's content/";
        refusedBuild(proj.resolve("content/site"), "output folder is inside the project's content/", hint);
        refusedBuild(proj.resolve("content"), "output folder is the project's content/", hint);
        refusedBuild(proj.resolve("templates"), "output folder is the project's templates/", hint);
        refusedBuild(proj.resolve("assets/img/site"), "output folder is inside the project's assets/", hint);
        refusedBuild(proj.resolve(".git/site"), "output folder is inside the project's .git/", hint);
        refusedBuild(proj.resolve(".git"), "output folder is the project's .git/", hint);
    }

    @Test
    void symbolicLinksToTheProjectOrItsSourcesAreRefused() throws IOException {
        Path toProject = Files.createSymbolicLink(tmp.resolve("link-to-proj"), proj);
        Path toContent = Files.createSymbolicLink(tmp.resolve("link-to-content"), proj.resolve("content"));
        refusedBuild(toProject, toProject + ": output folder is the source folder itself", "choose a place outside");
        refusedBuild(toContent, toContent + ": output folder is the project's content/", "choose a place outside");
        // A folder inside content/ reached through a link to the project.
        refusedBuild(toProject.resolve("content/site"), "output folder is inside the project's content/", "choose a place outside");
    }

    @Test
    void theHomeFolderAndWhatHoldsItAreRefused() throws IOException {
        Path holder = Files.createDirectories(tmp.resolve("users"));
        Path home = Files.createDirectories(holder.resolve("someone"));
        // Marked as Dossier's and otherwise empty: without the home rule both would be replaced.
        Files.writeString(holder.resolve(MARKER), "");
        String old = System.getProperty("user.home");
        System.setProperty("user.home", home.toString());
        try {
            refusedBuild(home, home + ": output folder is your home folder", "choose a place outside");
            refusedBuild(holder, holder + ": output folder contains your home folder " + home.toRealPath(), "choose a place outside");
        } finally {
            System.setProperty("user.home", old);
        }
    }

    @Test
    void theBundleReplacesNoSourceFileAndNoFileItDidNotWrite() throws IOException {
        Path siteYaml = proj.resolve("content/site.yaml");
        String yaml = Files.readString(siteYaml);
        refused(siteYaml + ": offline zip is inside the project's content/", "choose a place outside",
                "bundle", "--source", proj.toString(), "--output", siteYaml.toString(), "--quiet");
        assertEquals(yaml, Files.readString(siteYaml));

        Path notes = Files.writeString(tmp.resolve("notes.zip"), "my notes");
        refused(notes + ": the file exists and is not an offline zip made by Dossier", "choose another file name, or remove this file first",
                "bundle", "--source", proj.toString(), "--output", notes.toString(), "--quiet");
        Path otherZip = offlineLikeZip(tmp.resolve("other.zip"), List.of("a/", "a/index.html", "b/index.html"));
        refused(otherZip + ": the file exists and is not an offline zip", "remove this file first",
                "bundle", "--source", proj.toString(), "--output", otherZip.toString(), "--quiet");
        // Someone's own website, zipped as Dossier lays out its zip: one top folder with index.html.
        Path ownSite = offlineLikeZip(tmp.resolve("mysite.zip"), List.of("mysite/", "mysite/index.html", "mysite/notes.txt"));
        refused(ownSite + ": the file exists and is not an offline zip", "remove this file first",
                "bundle", "--source", proj.toString(), "--output", ownSite.toString(), "--quiet");
        refused(proj.resolve("docs") + ": offline zip is a folder", "give a file name",
                "bundle", "--source", proj.toString(), "--output", proj.resolve("docs").toString(), "--quiet");
    }

    @Test
    void aZipDossierWroteIsReplaced() throws IOException {
        Path zip = tmp.resolve("out/offline.zip");
        assertEquals(0, run("bundle", "--source", proj.toString(), "--output", zip.toString(), "--quiet").exit());
        try (ZipFile z = new ZipFile(zip.toFile())) {
            assertTrue(z.getComment().contains("Dossier"), "the zip says who made it: " + z.getComment());
        }
        // An earlier edition's zip, under another top folder, says so too.
        rewriteTopFolder(zip, "drugscriminaliteit-editie-2023/");
        BuildCommandTest.Run r = run("bundle", "--source", proj.toString(), "--output", zip.toString(), "--quiet");
        assertEquals(0, r.exit(), r.err());
        try (ZipFile z = new ZipFile(zip.toFile())) {
            assertEquals("drugscriminaliteit-editie-2024/", z.entries().nextElement().getName(), "the new bundle replaced the earlier edition's");
        }
    }

    @Test
    void aZipFromBeforeTheCommentIsReplacedOnlyInTheDefaultPlace() throws IOException {
        List<String> layout = List.of("drugscriminaliteit-editie-2024/", "drugscriminaliteit-editie-2024/index.html");
        Path earlier = offlineLikeZip(proj.resolve("target/drugscriminaliteit-editie-2024-offline.zip"), layout);
        BuildCommandTest.Run r = run("bundle", "--source", proj.toString(), "--quiet");
        assertEquals(0, r.exit(), r.err());
        try (ZipFile z = new ZipFile(earlier.toFile())) {
            assertTrue(z.size() > layout.size(), "replaced by the new bundle");
        }
        Path elsewhere = offlineLikeZip(tmp.resolve("out/drugscriminaliteit-editie-2024-offline.zip"), layout);
        refused(elsewhere + ": the file exists and is not an offline zip made by Dossier", "remove this file first",
                "bundle", "--source", proj.toString(), "--output", elsewhere.toString(), "--quiet");
    }

    @Test
    void whatTheBuildWritesBesideTheOutputFollowsTheSameRules() throws IOException {
        Path out = Files.createDirectories(tmp.resolve("out"));
        Path index = Files.createDirectories(out.resolve("site-search-index"));
        Files.writeString(index.resolve("mine.txt"), "mine");
        refusedBuild(out.resolve("site"), index + ": search index folder (beside the output folder) is not empty and was not made by Dossier",
                "choose another folder, or empty this one first");
        Files.delete(index.resolve("mine.txt"));

        Path cache = Files.createDirectories(out.resolve("dossier-cache"));
        Files.writeString(cache.resolve("mine.txt"), "mine");
        refusedBuild(out.resolve("site"), cache + ": PDF cache folder dossier-cache (beside the output) holds files that Dossier did not make",
                "choose another output folder");
        Files.delete(cache.resolve("mine.txt"));

        // The zip beside the site is named after site.yaml, checked once the content is loaded, before anything is written.
        Path zip = Files.writeString(out.resolve("drugscriminaliteit-editie-2024-offline.zip"), "not a zip");
        refusedBuild(out.resolve("site"), zip + ": the file exists and is not an offline zip made by Dossier", "remove this file first");
        Files.delete(zip);

        // A leftover-looking folder Dossier did not make is left alone by the build.
        Path foreignLeftover = Files.createDirectories(out.resolve(OutputFolders.TEMP_PREFIX + "7"));
        Files.writeString(foreignLeftover.resolve("keep.txt"), "keep");
        assertEquals(0, run("build", "--source", proj.toString(), "--output", out.resolve("site").toString(), "--quiet").exit());
        assertEquals("keep", Files.readString(foreignLeftover.resolve("keep.txt")));
        assertTrue(Files.isRegularFile(index.resolve(MARKER)), "the index folder is marked as Dossier's");
    }

    @Test
    void foldersOnlyNamedLikeTheLeftoversOfAKilledBuildAreKept() throws IOException {
        // Empty, so they would pass for a folder a killed build made before it marked it; but
        // Dossier's own leftovers end in a number, which these names do not.
        Path out = Files.createDirectories(tmp.resolve("out"));
        List<String> names = List.of(OutputFolders.TEMP_PREFIX + "notes", OutputFolders.OLD_PREFIX + "notes", OutputFolders.OLD_PREFIX + "site-notes");
        for (String name : names) Files.createDirectories(out.resolve(name));
        BuildCommandTest.Run r = run("build", "--source", proj.toString(), "--output", out.resolve("site").toString(), "--quiet");
        assertEquals(0, r.exit(), r.err());
        for (String name : names) assertTrue(Files.isDirectory(out.resolve(name)), name + " is kept");
    }

    @Test
    void anOutputFolderNamedLikeWhatGoesBesideItIsRefused() throws IOException {
        // Otherwise the site and the PDF cache, or the site and the zip, would take turns in one place:
        // the zip's rename failed after the site was in place, and "nothing was published" was untrue.
        Path out = Files.createDirectories(tmp.resolve("out"));
        refusedBuild(out.resolve("dossier-cache"), "output folder has the name of the PDF cache that goes beside it", "choose another name");
        refusedBuild(out.resolve("drugscriminaliteit-editie-2024-offline.zip"), "output folder has the name of the offline zip that goes beside it",
                "choose another name");
    }

    @Test
    void theMarkerLetsTheNextBuildReplaceTheFolder() throws IOException {
        Path site = tmp.resolve("out/site");
        assertEquals(0, run("build", "--source", proj.toString(), "--output", site.toString(), "--quiet").exit());
        assertTrue(Files.isRegularFile(site.resolve(MARKER)));
        Files.writeString(site.resolve("stale.html"), "from an earlier build");
        BuildCommandTest.Run again = run("build", "--source", proj.toString(), "--output", site.toString(), "--quiet");
        assertEquals(0, again.exit(), again.err());
        assertFalse(Files.exists(site.resolve("stale.html")), "the folder was replaced");
        assertTrue(Files.isRegularFile(site.resolve("index.html")));
    }

    @Test
    void aGitCheckoutIsNotReplacedEvenWithACopiedMarker() throws IOException {
        // Publishing by copying the site, dot-files and all, into a gh-pages worktree copies the
        // marker too; a later build straight into that worktree must not delete its .git and CNAME.
        Path site = tmp.resolve("out/site");
        assertEquals(0, run("build", "--source", proj.toString(), "--output", site.toString(), "--quiet").exit());
        Path pages = Files.createDirectories(tmp.resolve("pages"));
        Files.writeString(pages.resolve(".git"), "gitdir: /elsewhere/.git/worktrees/pages\n");
        Files.writeString(pages.resolve("CNAME"), "example.org\n");
        Files.copy(site.resolve(MARKER), pages.resolve(MARKER));
        refusedBuild(pages, pages + ": output folder holds .git: a Git repository or worktree is never Dossier's to replace", "choose another folder");
    }

    @Test
    void anEmptyFolderIsAccepted() throws IOException {
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        BuildCommandTest.Run r = run("build", "--source", proj.toString(), "--output", empty.toString(), "--quiet");
        assertEquals(0, r.exit(), r.err());
        assertTrue(Files.isRegularFile(empty.resolve("index.html")));
        assertTrue(Files.isRegularFile(empty.resolve(MARKER)));
    }

    @Test
    void theDefaultOutputOfABuildFromBeforeTheMarkerIsReplaced() throws IOException {
        Path site = Files.createDirectories(proj.resolve("target/site"));
        Files.writeString(site.resolve("index.html"), "earlier build");
        Path index = Files.createDirectories(proj.resolve("target/site-search-index"));
        Files.writeString(index.resolve("earlier.txt"), "earlier index");
        BuildCommandTest.Run r = run("build", "--source", proj.toString(), "--quiet");
        assertEquals(0, r.exit(), r.err());
        assertTrue(Files.readString(site.resolve("index.html")).contains("<html"));
        assertFalse(Files.exists(index.resolve("earlier.txt")));
        try (Stream<Path> left = Files.list(proj.resolve("target"))) {
            assertEquals(List.of("dossier-cache", "drugscriminaliteit-editie-2024-offline.zip", "site", "site-search-index"),
                    left.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void theDefaultOutputReachedThroughALinkIsNotTakenForAnEarlierBuild() throws IOException {
        // A checkout whose target/ is a link (made by hand, or committed in a pull request) to a
        // folder holding someone's own site/: only target/site itself may be an unmarked earlier build.
        Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
        Path own = Files.createDirectories(elsewhere.resolve("site"));
        Files.writeString(own.resolve("mine.html"), "mine");
        Files.createSymbolicLink(proj.resolve("target"), elsewhere);
        refused(proj.resolve("target/site") + ": output folder is not empty and was not made by Dossier", "empty this one first",
                "build", "--source", proj.toString(), "--quiet");
        assertEquals("mine", Files.readString(own.resolve("mine.html")));
    }

    @Test
    void aSourceWithoutContentIsRefusedBeforeAnythingIsCreated() throws IOException {
        Path content = proj.resolve("content");
        BuildCommandTest.Run r = refused(content + ": no content/ folder here; this looks like the content folder itself",
                "--source is the site folder, the one that holds content/: use its parent, --source " + proj,
                "build", "--source", content.toString(), "--quiet");
        assertFalse(Files.exists(content.resolve("target")));
        assertTrue(r.err().startsWith("dossier build: "), r.err());

        Path nope = tmp.resolve("nope");
        refused(nope + ": source folder not found", "--source is the site folder, the one that holds content/",
                "build", "--source", nope.toString(), "--quiet");
        assertFalse(Files.exists(nope));
        refused(proj.resolve("docs") + ": no content/ folder in the source folder", "--source is the site folder",
                "bundle", "--source", proj.resolve("docs").toString(), "--quiet");
        refused(nope + ": source folder not found", "--source is the site folder", "check", "--source", nope.toString());
        refused(nope + ": source folder not found", "--source is the site folder", "serve", "--source", nope.toString());
    }

    /** A zip with these entries, each holding a few bytes (folders end in a slash). */
    private static Path offlineLikeZip(Path file, List<String> names) throws IOException {
        Files.createDirectories(file.getParent());
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String name : names) {
                zip.putNextEntry(new ZipEntry(name));
                if (!name.endsWith("/")) zip.write("<p>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return file;
    }

    /** Rewrites a zip with its top folder renamed, keeping its comment. */
    private static void rewriteTopFolder(Path file, String top) throws IOException {
        Map<String, byte[]> entries = new java.util.LinkedHashMap<>();
        String comment;
        try (ZipFile z = new ZipFile(file.toFile())) {
            comment = z.getComment();
            String old = z.entries().nextElement().getName();
            for (ZipEntry e : java.util.Collections.list(z.entries())) {
                entries.put(top + e.getName().substring(old.length()), z.getInputStream(e).readAllBytes());
            }
        }
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setComment(comment);
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
    }

    /** Every path under {@code dir}, links not followed, with a file's size or what a link points to. */
    private static Map<String, String> tree(Path dir) throws IOException {
        Map<String, String> out = new TreeMap<>();
        if (!Files.exists(dir)) return out;
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.toList()) {
                String what = Files.isSymbolicLink(p) ? "-> " + Files.readSymbolicLink(p)
                        : Files.isDirectory(p) ? "dir" : String.valueOf(Files.size(p));
                out.put(dir.relativize(p).toString(), what);
            }
        }
        return out;
    }
}
