package nl.dossier.bake;

import nl.dossier.load.ProjectFiles;
import nl.dossier.model.ContentException;
import nl.dossier.model.Problems;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Copies assets/ into the site (CSS, JS, images): the files {@link ProjectFiles} allows, so hidden
 * files and editor backups are left out, and a link out of assets/ is an error. Stylesheets and
 * scripts ({@link #FINGERPRINTED} folders) get the start of their SHA-256 in the name
 * ({@code css/site.css} → {@code css/site.1a2b3c4d5e.css}), so they can be cached for a year:
 * a changed file gets a new name. Templates find the published name with
 * {@code layout.asset("css/site.css")}. Images keep their names, because pages link to them
 * from Markdown.
 */
public final class AssetCopier {
    /** Folders under assets/ whose files are fingerprinted. */
    public static final List<String> FINGERPRINTED = List.of("css/", "js/");

    private AssetCopier() {
    }

    /**
     * Every asset that may be published, relative to assets/ with '/' separators, sorted.
     * Hidden files and backups are left out; a file {@link ProjectFiles} refuses (a link out of
     * assets/ or into a hidden folder, anything but a regular file) is a problem.
     */
    public static List<String> list(Path projectRoot) throws IOException, ContentException {
        Path from = projectRoot.resolve("assets");
        if (!Files.isDirectory(from)) return List.of();
        ProjectFiles rules = new ProjectFiles(projectRoot);
        Problems problems = new Problems();
        List<String> out = new ArrayList<>();
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                return ProjectFiles.ignored(from.relativize(dir)) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                String rel = from.relativize(file).toString().replace('\\', '/');
                if (ProjectFiles.ignored(rel)) return FileVisitResult.CONTINUE;
                try {
                    if (rules.check(file, problems::add) != null) out.add(rel);
                } catch (NoSuchFileException gone) {
                    // deleted while listed
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                if (ProjectFiles.ignored(from.relativize(file)) || e instanceof NoSuchFileException) return FileVisitResult.CONTINUE;
                throw e;
            }
        });
        problems.throwIfAny();
        out.sort(null);
        return out;
    }

    /**
     * Asset path (relative to assets/) → published path relative to the site root, e.g.
     * {@code css/site.css} → {@code assets/css/site.1a2b3c4d5e.css}. Deterministic: same bytes, same name.
     */
    public static Map<String, String> manifest(Path projectRoot, boolean fingerprint) throws IOException, ContentException {
        Path from = projectRoot.resolve("assets");
        Map<String, String> out = new TreeMap<>();
        for (String rel : list(projectRoot)) {
            String name = rel;
            if (fingerprint && FINGERPRINTED.stream().anyMatch(rel::startsWith)) {
                name = fingerprinted(rel, Files.readAllBytes(from.resolve(rel)));
            }
            out.put(rel, "assets/" + name);
        }
        return out;
    }

    static String fingerprinted(String rel, byte[] bytes) {
        String hash = sha256(bytes).substring(0, 10);
        int slash = rel.lastIndexOf('/');
        int dot = rel.lastIndexOf('.');
        if (dot <= slash + 1) return rel + "." + hash;
        return rel.substring(0, dot) + "." + hash + rel.substring(dot);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Copies every asset to the name the manifest gives it, under the site root {@code site}. */
    static void copy(Path from, Path site, Map<String, String> manifest) throws IOException {
        for (Map.Entry<String, String> e : manifest.entrySet()) {
            Path target = site.resolve(e.getValue());
            Files.createDirectories(target.getParent());
            Files.copy(from.resolve(e.getKey()), target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
