package nl.dossier.bake;

import nl.dossier.model.ContentException;
import nl.dossier.model.Problem;
import nl.dossier.model.Problems;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

/**
 * Copies assets/ into the site as they are (CSS, JS, images). Hidden files and editor backups
 * ({@code ~}) are not site files and stay behind; a link pointing outside the project is an
 * error, so no file from elsewhere on the machine can end up on the public site.
 */
final class AssetCopier {
    private AssetCopier() {
    }

    static void copy(Path projectRoot, Path from, Path to) throws IOException, ContentException {
        if (!Files.isDirectory(from)) return;
        Path realRoot = projectRoot.toRealPath();
        Problems problems = new Problems();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(from)) {
            files = walk.filter(p -> !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
                    .filter(p -> !p.getFileName().toString().startsWith(".") && !p.getFileName().toString().endsWith("~"))
                    .sorted().toList();
        }
        for (Path f : files) {
            if (Files.isSymbolicLink(f) && (!Files.exists(f) || !f.toRealPath().startsWith(realRoot))) {
                problems.add(Problem.inFile(Problem.display(projectRoot, f), "this asset is a link to a file outside the project",
                        "copy the file into assets/ instead of linking to it"));
            }
        }
        problems.throwIfAny();
        for (Path f : files) {
            Path target = to.resolve(from.relativize(f).toString());
            Files.createDirectories(target.getParent());
            Files.copy(f, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
