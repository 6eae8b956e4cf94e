package nl.dossier.load;

import nl.dossier.model.Problem;
import nl.dossier.model.Phrase;


import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * The one rule for which files of a project may be read and published, used by {@code build}
 * (pages through {@link SourceReader}, assets through {@code bake.AssetCopier}) and by
 * {@code serve} alike. A file of {@code content/} or {@code assets/} is used only when
 * <ul>
 * <li>no part of its path starts with a dot and no name ends in {@code ~} ({@link #ignored}):
 * such files ({@code .git}, {@code .env}, {@code .DS_Store}, {@code .htaccess}, swap files and
 * backups of editors) are left out silently, because operating systems and editors make them on
 * their own and a writer cannot be expected to remove them;</li>
 * <li>and, after following every link, it is a regular file inside its own folder (a link in
 * {@code assets/} must lead into {@code assets/}) and not in a hidden file or folder. Anything
 * else is a content error: a link to {@code /etc/passwd}, to {@code .git/config} (where CI keeps
 * its token) or to a file elsewhere in the project (build output, files CI writes into the
 * checkout) would publish what nobody reviewed as content. A link that stays in its folder is
 * allowed: it publishes nothing the folder does not publish already.</li>
 * </ul>
 */
public final class ProjectFiles {
    private final Path root;
    /** Found on first use; pages are read on several threads, and each finds the same path. */
    private volatile Path realRoot;

    public ProjectFiles(Path projectRoot) {
        this.root = projectRoot.toAbsolutePath().normalize();
    }

    /** True when a path (relative, '/' or the platform's separators) names a hidden file or folder, or an editor's backup. */
    public static boolean ignored(String relative) {
        for (String part : relative.split("[/\\\\]")) {
            if (part.startsWith(".") || part.endsWith("~")) return true;
        }
        return false;
    }

    public static boolean ignored(Path relative) {
        return ignored(relative.toString());
    }

    /**
     * Where to read a file of {@code content/} or {@code assets/} from: its real path, or null
     * after reporting why it may not be used.
     *
     * @throws NoSuchFileException when the file is not there (any more); a link to nothing is reported instead
     */
    public Path check(Path file, Consumer<Problem> report) throws IOException {
        Path abs = file.toAbsolutePath().normalize();
        String shown = Problem.display(root, abs);
        String folder = abs.startsWith(root) && !abs.equals(root) ? root.relativize(abs).getName(0).toString() : null;
        Phrase copy = Phrase.of("link.copy_instead", "folder", folder);
        if (folder == null || ignored(root.relativize(abs))) {
            report.accept(Problem.inFile(shown, Phrase.of("file.hidden")));
            return null;
        }
        if (Files.isSymbolicLink(abs) && !Files.exists(abs)) {
            report.accept(Problem.inFile(shown, Phrase.of("link.to_nothing"), copy));
            return null;
        }
        Path real = abs.toRealPath();
        if (realRoot == null) realRoot = root.toRealPath();
        if (!real.startsWith(realRoot)) {
            report.accept(Problem.inFile(shown, Phrase.of("link.outside_project"), copy));
            return null;
        }
        Path inProject = realRoot.relativize(real);
        String target = inProject.toString().replace('\\', '/');
        if (ignored(inProject)) {
            report.accept(Problem.inFile(shown, Phrase.of("link.to_hidden", "target", target), copy));
            return null;
        }
        if (!inProject.startsWith(folder)) {
            report.accept(Problem.inFile(shown, Phrase.of("link.outside_folder", "target", target, "folder", folder), copy));
            return null;
        }
        if (!Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS)) {
            report.accept(Problem.inFile(shown, Files.isSymbolicLink(abs) && Files.isDirectory(real) ? Phrase.of("link.to_folder", "folder", folder)
                    : Phrase.of("file.not_regular", "folder", folder)));
            return null;
        }
        return real;
    }
}
