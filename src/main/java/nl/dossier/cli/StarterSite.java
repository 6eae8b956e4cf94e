package nl.dossier.cli;

import nl.dossier.load.ProjectFiles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The small site {@code dossier init} writes: the starter content of one language
 * ({@code nl/dossier/starter/<language>/content/}) with the flagship's templates and assets, which
 * the build packs into the jar under {@code nl/dossier/starter/} (pom.xml).
 */
final class StarterSite {
    static final List<String> LANGUAGES = List.of("nl", "en");
    private static final String ROOT = "/nl/dossier/starter/";

    private StarterSite() {
    }

    /** Why init will not write into a folder: for exit code 2. */
    static final class Refused extends Exception {
        Refused(String message) {
            super(message);
        }
    }

    /**
     * Writes the starter site into {@code dir}, which must not exist or be an empty folder. Every
     * file is created new inside {@code dir} (never through a link, never over a file); when a
     * write fails, the files and folders made so far are removed again.
     *
     * @return the files written, relative to dir
     */
    static List<String> write(String language, Path dir) throws Refused, IOException {
        if (!LANGUAGES.contains(language)) throw new IllegalArgumentException(language);
        Path target = dir.toAbsolutePath().normalize();
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            if (!Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
                throw new Refused(target + ": exists and is not a folder; give a new folder's name");
            }
            try (Stream<Path> in = Files.list(target)) {
                if (in.findAny().isPresent()) {
                    throw new Refused(target + ": the folder is not empty; init writes only into a new or empty folder");
                }
            }
        }
        Map<String, byte[]> files = files(language);
        List<Path> made = new ArrayList<>();
        try {
            if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) made.addAll(createFolders(target));
            for (var e : files.entrySet()) {
                Path file = target.resolve(e.getKey()).normalize();
                if (!file.startsWith(target) || file.equals(target)) throw new IOException("starter file outside the folder: " + e.getKey());
                made.addAll(createFolders(file.getParent()));
                Files.write(file, e.getValue(), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                made.add(file);
            }
        } catch (IOException | RuntimeException e) {
            for (int i = made.size() - 1; i >= 0; i--) {
                try {
                    Files.deleteIfExists(made.get(i));
                } catch (DirectoryNotEmptyException | RuntimeException kept) {
                    // Something else wrote there meanwhile: leave it.
                }
            }
            throw e;
        }
        return List.copyOf(files.keySet());
    }

    /** The folders made for {@code folder}, outermost first; existing ones are not listed. */
    private static List<Path> createFolders(Path folder) throws IOException {
        List<Path> missing = new ArrayList<>();
        for (Path p = folder; p != null && !Files.exists(p, LinkOption.NOFOLLOW_LINKS); p = p.getParent()) missing.add(0, p);
        for (Path p : missing) Files.createDirectory(p);
        return missing;
    }

    /** Path in the new site → bytes: content/ of the language, templates/ and assets/. */
    static Map<String, byte[]> files(String language) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        withStarter(root -> {
            copy(root.resolve(language).resolve("content"), "content/", out);
            copy(root.resolve("templates"), "templates/", out);
            copy(root.resolve("assets"), "assets/", out);
        });
        return out;
    }

    private static void copy(Path from, String prefix, Map<String, byte[]> out) throws IOException {
        if (!Files.isDirectory(from)) throw new IOException("the jar has no starter files in " + from);
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                String rel = from.relativize(p).toString().replace('\\', '/');
                if (ProjectFiles.ignored(rel)) continue;
                out.put(prefix + rel, Files.readAllBytes(p));
            }
        }
    }

    private interface StarterAction {
        void run(Path root) throws IOException;
    }

    /** The starter folder, in the jar or (in tests) among the compiled classes. */
    private static void withStarter(StarterAction action) throws IOException {
        URL known = StarterSite.class.getResource(ROOT + "templates/layout.ftl");
        if (known == null) throw new IOException("the jar has no starter site (" + ROOT + ")");
        try {
            URI uri = known.toURI();
            if (uri.getScheme().equals("jar")) {
                try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                    action.run(jar.getPath(ROOT));
                }
            } else {
                action.run(Path.of(uri).getParent().getParent());
            }
        } catch (URISyntaxException e) {
            throw new UncheckedIOException(new IOException("cannot read the starter site: " + e.getMessage(), e));
        }
    }
}
