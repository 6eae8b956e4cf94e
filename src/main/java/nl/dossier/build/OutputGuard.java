package nl.dossier.build;

import nl.dossier.bundle.Bundler;
import nl.dossier.load.ContentLoader;
import nl.dossier.model.Problem;
import nl.dossier.pdf.PdfCache;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Enumeration;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The rules for what a build may write, replace or delete: Dossier replaces only what it made.
 * A folder it makes holds a {@link #MARKER} file; an existing folder is replaced only when it
 * holds one, is empty, or is the default {@code target/site} (or its index) of the project,
 * where builds from before the marker left their output. Nothing may be written into, or
 * replace, the project's sources, the project itself or the user's home folder, compared by
 * real path so that a symbolic link or {@code ..} does not hide them. Every check runs before
 * anything is created; a refusal is a usage error.
 */
public final class OutputGuard {
    /** The file in every folder Dossier makes; a folder holding it is Dossier's to replace. */
    public static final String MARKER = ".dossier-output";
    private static final String MARKER_TEXT = "Made by Dossier: the next build replaces this folder and everything in it.\n";
    private static final String ZIP = "offline zip";
    private static final String SOURCE_HINT = "--source is the site folder, the one that holds content/";
    private static final List<String> SOURCE_FOLDERS = List.of("content", "templates", "assets", ".git");

    /**
     * A write Dossier will not do, or a source folder it cannot build: the command line exits
     * with 2. The message reads like a {@link Problem}: the path, what is wrong, (the fix).
     */
    public static final class Refused extends RuntimeException {
        Refused(Path path, String message, String hint) {
            super(path + ": " + message + (hint == null || hint.isBlank() ? "" : " (" + hint + ")"));
        }
    }

    private final Path source;
    /** content/, templates/, assets/ and .git, as named under the source and where they really are. */
    private final List<Path> sources = new ArrayList<>();
    private final List<Path> homes = new ArrayList<>();
    /** The default site folder and its index, which builds from before the marker left unmarked; only where no link leads elsewhere. */
    private final List<Path> earlierDefaults;

    private OutputGuard(Path source) {
        this.source = real(source);
        for (String name : SOURCE_FOLDERS) {
            sources.add(this.source.resolve(name));
            sources.add(real(this.source.resolve(name)));
        }
        for (String home : new String[] {System.getProperty("user.home"), System.getenv("HOME")}) {
            if (home != null && !home.isBlank()) homes.add(real(Path.of(home).toAbsolutePath().normalize()));
        }
        // As named under the real source: through a link, target/site may be anyone's folder.
        Path site = this.source.resolve("target").resolve("site");
        earlierDefaults = List.of(site, Pipeline.indexFolder(site));
    }

    /** The rules for a build of {@code source}, which must be a site folder holding content/. */
    public static OutputGuard forSource(Path source) {
        checkSource(source);
        return new OutputGuard(source);
    }

    /**
     * Refuses a source folder that does not exist or holds no content/, before anything is
     * created: such a build would only make an empty {@code target/} in the wrong place.
     */
    public static void checkSource(Path source) {
        Path dir = source.toAbsolutePath().normalize();
        if (!Files.exists(dir)) throw new Refused(dir, "source folder not found", SOURCE_HINT);
        if (!Files.isDirectory(dir)) throw new Refused(dir, "the source is a file, not a folder", SOURCE_HINT);
        if (Files.isDirectory(dir.resolve("content"))) return;
        if (looksLikeContent(dir) && dir.getParent() != null) {
            throw new Refused(dir, "no content/ folder here; this looks like the content folder itself",
                    SOURCE_HINT + ": use its parent, --source " + dir.getParent());
        }
        throw new Refused(dir, "no content/ folder in the source folder", SOURCE_HINT + "; run from that folder or pass its path");
    }

    /** A content folder holds the files only content/ has: site.yaml, references.yaml, glossary.yaml. */
    private static boolean looksLikeContent(Path dir) {
        for (String name : List.of(ContentLoader.SITE_FILE, ContentLoader.REFERENCES_FILE, ContentLoader.GLOSSARY_FILE)) {
            if (Files.isRegularFile(dir.resolve(name))) return true;
        }
        return false;
    }

    /**
     * Checks a build's output folder and what the build puts beside it: the search index
     * folder and the PDF cache. (The offline zip beside it is named after site.yaml, so it is
     * checked with {@link #checkZip} once the content is loaded.)
     */
    public void checkSiteFolder(Path site) {
        Path folder = site.toAbsolutePath().normalize();
        checkName(folder, OutputFolders.CACHE_FOLDER, "PDF cache");
        checkFolder("output folder", folder);
        checkFolder("search index folder (beside the output folder)", Pipeline.indexFolder(folder));
        checkCache(folder.resolveSibling(OutputFolders.CACHE_FOLDER));
    }

    /** The site beside its own PDF cache or zip would take turns with it in one place (compared as a case-insensitive file system would). */
    private static void checkName(Path site, String beside, String what) {
        if (site.getFileName().toString().equalsIgnoreCase(beside)) {
            throw new Refused(site, "output folder has the name of the " + what + " that goes beside it", "choose another name for the output folder");
        }
    }

    /** The offline zip beside a build's output folder: see {@link #checkZip}. */
    void checkZipBeside(Path site, Path zip) {
        checkName(site.toAbsolutePath().normalize(), zip.getFileName().toString(), "offline zip");
        checkZip(zip);
    }

    /** A folder the build will replace: missing, empty, made by Dossier, or an earlier default output. */
    private void checkFolder(String what, Path folder) {
        Path real = checkPlace(what, folder);
        if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) return;
        if (Files.isSymbolicLink(folder)) {
            throw new Refused(folder, what + " is a symbolic link to " + real, "give the folder itself, or choose another folder");
        }
        if (!Files.isDirectory(folder)) throw new Refused(folder, what + " is a file", "choose another folder");
        // The marker travels with a copy of the site: into a gh-pages worktree, say. Dossier never writes a .git.
        if (Files.exists(folder.resolve(".git"), LinkOption.NOFOLLOW_LINKS)) {
            throw new Refused(folder, what + " holds .git: a Git repository or worktree is never Dossier's to replace", "choose another folder");
        }
        if (madeByDossier(folder) || earlierDefaults.contains(real)) return;
        throw new Refused(folder, what + " is not empty and was not made by Dossier: it holds no " + MARKER + " file",
                "choose another folder, or empty this one first");
    }

    /** The PDF cache beside the output: missing, or holding nothing but the cache's own files. */
    private void checkCache(Path folder) {
        String what = "PDF cache folder " + OutputFolders.CACHE_FOLDER + " (beside the output)";
        checkPlace(what, folder);
        if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) return;
        if (Files.isSymbolicLink(folder) || !Files.isDirectory(folder) || !PdfCache.holdsOnlyEntries(folder)) {
            throw new Refused(folder, what + " holds files that Dossier did not make",
                    "choose another output folder, or move the folder " + OutputFolders.CACHE_FOLDER + " away");
        }
    }

    /**
     * The offline zip: a missing file, or a zip Dossier wrote, replaced only then. Such a zip
     * says so in its comment ({@link Bundler#ZIP_COMMENT}). One from before the comment counts
     * only in the project's own target/, where builds left it, and only with the offline zip's
     * layout: elsewhere that layout is no proof, since any zipped website has it.
     */
    public void checkZip(Path zip) {
        Path file = zip.toAbsolutePath().normalize();
        String what = ZIP;
        Path real = checkPlace(what, file);
        if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) throw new Refused(file, what + " is a folder", "give a file name, e.g. site.zip");
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS) && !(Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
                && (isDossierZip(file) || real.getParent().equals(source.resolve("target")) && isOfflineZip(file)))) {
            throw new Refused(file, "the file exists and is not an offline zip made by Dossier",
                    "choose another file name, or remove this file first");
        }
        checkCache(file.resolveSibling(OutputFolders.CACHE_FOLDER));
    }

    /** A zip whose comment says Dossier wrote it. */
    private static boolean isDossierZip(Path zip) {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            return Bundler.ZIP_COMMENT.equals(file.getComment());
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * An offline zip as Dossier wrote it before the comment: every entry in one top folder, the
     * first entry being that folder, with the site's {@code index.html} in it. Earlier editions,
     * with another top folder name, count too.
     */
    static boolean isOfflineZip(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            if (!entries.hasMoreElements()) return false;
            String top = entries.nextElement().getName();
            if (top.indexOf('/') != top.length() - 1 || top.length() < 2) return false;
            boolean index = false;
            while (entries.hasMoreElements()) {
                String name = entries.nextElement().getName();
                if (!name.startsWith(top)) return false;
                if (name.equals(top + "index.html")) index = true;
            }
            return index;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * Refuses a place that is or holds the file system's root, the project, its sources or the
     * user's home folder, or lies in the sources; returns its real path.
     */
    private Path checkPlace(String what, Path path) {
        Path real = real(path);
        Path target = source.resolve("target");
        String hint = "choose a place outside the project's content/, templates/, assets/ and .git, e.g. "
                + (what.equals(ZIP) ? "a file in " + target : "the default " + target.resolve("site"));
        if (real.getParent() == null) throw new Refused(path, what + " is the root of the file system", hint);
        if (real.equals(source)) throw new Refused(path, what + " is the source folder itself", hint);
        if (source.startsWith(real)) throw new Refused(path, what + " contains the source folder " + source, hint);
        for (Path dir : sources) {
            String name = dir.getFileName() + "/";
            if (real.equals(dir)) throw new Refused(path, what + " is the project's " + name + " (" + dir + ")", hint);
            if (real.startsWith(dir)) throw new Refused(path, what + " is inside the project's " + name + " (" + dir + ")", hint);
            if (dir.startsWith(real)) throw new Refused(path, what + " contains the project's " + name + " (" + dir + ")", hint);
        }
        for (Path home : homes) {
            if (real.equals(home)) throw new Refused(path, what + " is your home folder", hint);
            if (home.startsWith(real)) throw new Refused(path, what + " contains your home folder " + home, hint);
        }
        return real;
    }

    /**
     * The path with every symbolic link resolved, also when its last parts do not exist yet:
     * the real path of the part that exists, followed by the rest.
     */
    static Path real(Path path) {
        Path existing = path.toAbsolutePath().normalize();
        Deque<Path> rest = new ArrayDeque<>();
        while (existing.getParent() != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
            rest.push(existing.getFileName());
            existing = existing.getParent();
        }
        Path real;
        try {
            real = existing.toRealPath();
        } catch (IOException e) {
            // A dangling link: its own place is the best the rules can compare.
            real = existing;
        }
        for (Path name : rest) real = real.resolve(name);
        return real.normalize();
    }

    /** A folder (not a link) that holds the marker, or is empty: one Dossier made, or one it may fill. */
    static boolean madeByDossier(Path folder) {
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) return false;
        if (Files.isRegularFile(folder.resolve(MARKER), LinkOption.NOFOLLOW_LINKS)) return true;
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    /** Puts the marker into a folder Dossier just made, before anything else goes in. */
    static void mark(Path folder) throws IOException {
        Files.writeString(folder.resolve(MARKER), MARKER_TEXT, StandardCharsets.UTF_8);
    }
}
