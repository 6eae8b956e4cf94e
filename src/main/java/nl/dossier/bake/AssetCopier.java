package nl.dossier.bake;

import nl.dossier.model.ContentException;
import nl.dossier.model.Problem;
import nl.dossier.model.Problems;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Copies assets/ into the site (CSS, JS, images); hidden files are skipped. Stylesheets and
 * scripts ({@link #FINGERPRINTED} folders) get the start of their SHA-256 in the name
 * ({@code css/site.css} → {@code css/site.1a2b3c4d5e.css}), so they can be cached for a year:
 * a changed file gets a new name. Templates find the published name with
 * {@code layout.asset("css/site.css")}. Images keep their names, because pages link to them
 * from Markdown. A link pointing outside the project is an error, so no file from elsewhere on
 * the machine can end up on the public site.
 */
public final class AssetCopier {
    /** Folders under assets/ whose files are fingerprinted. */
    public static final List<String> FINGERPRINTED = List.of("css/", "js/");

    private AssetCopier() {
    }

    /** Refuses symbolic links in assets/ that lead outside the project (or nowhere). */
    public static void rejectOutsideLinks(Path projectRoot, Path from) throws IOException, ContentException {
        if (!Files.isDirectory(from)) return;
        Path realRoot = projectRoot.toRealPath();
        Problems problems = new Problems();
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path f : walk.filter(Files::isSymbolicLink).sorted().toList()) {
                if (!Files.exists(f) || !f.toRealPath().startsWith(realRoot)) {
                    problems.add(Problem.inFile(Problem.display(projectRoot, f), "this asset is a link to a file outside the project",
                            "copy the file into assets/ instead of linking to it"));
                }
            }
        }
        problems.throwIfAny();
    }

    /** Every asset, relative to assets/ with '/' separators, sorted. */
    public static List<String> list(Path from) throws IOException {
        if (!Files.isDirectory(from)) return List.of();
        try (Stream<Path> walk = Files.walk(from)) {
            return walk.filter(Files::isRegularFile)
                    .map(p -> from.relativize(p).toString().replace('\\', '/'))
                    .filter(AssetCopier::published)
                    .sorted().toList();
        }
    }

    /** Editor backups (~) and hidden files are never published. */
    public static boolean published(String relative) {
        if (relative.indexOf('~') >= 0) return false;
        for (String part : relative.split("/")) if (part.startsWith(".")) return false;
        return true;
    }

    /**
     * Asset path (relative to assets/) → published path relative to the site root, e.g.
     * {@code css/site.css} → {@code assets/css/site.1a2b3c4d5e.css}. Deterministic: same bytes, same name.
     */
    public static Map<String, String> manifest(Path from, boolean fingerprint) throws IOException {
        Map<String, String> out = new TreeMap<>();
        for (String rel : list(from)) {
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
