package nl.dossier.bundle;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a folder into a zip whose bytes depend only on the files: entries sorted by path,
 * folders as their own entries, one fixed timestamp, fixed compression level, no extra fields.
 * {@link ZipEntry#setTimeLocal} stores the time as given; {@code setTime} would convert through
 * the machine's time zone and make the bytes differ between machines.
 */
final class ReproducibleZip {
    private ReproducibleZip() {
    }

    /** @return the size of the zip in bytes */
    static long write(Path folder, String topFolder, Path zipFile, LocalDateTime time) throws IOException {
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(folder)) {
            paths = walk.filter(p -> !p.equals(folder)).toList();
        }
        List<String> names = paths.stream()
                .map(p -> topFolder + "/" + folder.relativize(p).toString().replace('\\', '/') + (Files.isDirectory(p) ? "/" : ""))
                .sorted().toList();
        try (OutputStream out = Files.newOutputStream(zipFile); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            zip.putNextEntry(entry(topFolder + "/", time));
            zip.closeEntry();
            for (String name : names) {
                zip.putNextEntry(entry(name, time));
                if (!name.endsWith("/")) Files.copy(folder.resolve(name.substring(topFolder.length() + 1)), zip);
                zip.closeEntry();
            }
        }
        return Files.size(zipFile);
    }

    private static ZipEntry entry(String name, LocalDateTime time) {
        ZipEntry e = new ZipEntry(name);
        e.setTimeLocal(time);
        return e;
    }
}
