package nl.dossier.bundle;

import nl.dossier.model.Parallel;

import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;

/**
 * Writes files into a zip whose bytes depend only on the files: under one top folder, each
 * folder as its own entry before its first file, one fixed timestamp, fixed compression level,
 * no extra fields, and the files in the order they are added, sorted within each {@link #add}.
 * The files need not exist anywhere: their bytes are asked for when their turn comes (the
 * offline copy's pages are rendered then, never written to disk).
 *
 * <p>Compressing is most of the work, and one zip stream can
 * only compress on one core. So the files are made and compressed on every core, a block at a
 * time (which bounds the memory held), and written in order as raw deflated entries with
 * commons-compress, which also switches to Zip64 for very large sites.
 */
final class ReproducibleZip implements Closeable {
    /** Files compressed together before they are written: enough to keep every core busy. */
    private static final int BLOCK = 64;

    private final String topFolder;
    private final long millis;
    private final ZipArchiveOutputStream zip;
    private final Set<String> folders = new HashSet<>();

    /** Where a file's bytes come from; called on any thread, a block of files at a time. */
    @FunctionalInterface
    interface Contents {
        /** @param file the file's path below the top folder, with '/' separators */
        byte[] of(String file) throws IOException;
    }

    ReproducibleZip(Path zipFile, String topFolder, LocalDateTime time) throws IOException {
        this.topFolder = topFolder;
        // Commons-compress turns the time into DOS fields through the default time zone, so the
        // instant given is the local time in that zone: the stored fields are `time` on any machine.
        this.millis = time.atZone(ZoneId.systemDefault()).toInstant().toEpochMilli();
        this.zip = new ZipArchiveOutputStream(zipFile);
        zip.setUseZip64(Zip64Mode.AsNeeded);
        zip.setComment(Bundler.ZIP_COMMENT);
        folder(topFolder + "/");
    }

    /**
     * Adds files, sorted by path, each preceded by the entries of its folders not written yet.
     *
     * @param files below the top folder, with '/' separators
     */
    void add(Collection<String> files, Contents contents) throws IOException {
        TreeSet<String> names = new TreeSet<>();
        for (String file : files) {
            names.add(topFolder + "/" + file);
            for (int slash = file.lastIndexOf('/'); slash > 0; slash = file.lastIndexOf('/', slash - 1)) {
                String folder = topFolder + "/" + file.substring(0, slash + 1);
                if (folders.contains(folder) || !names.add(folder)) break;
            }
        }
        List<String> sorted = List.copyOf(names);
        for (int start = 0; start < sorted.size(); start += BLOCK) {
            List<String> block = sorted.subList(start, Math.min(sorted.size(), start + BLOCK));
            List<Deflated> deflated;
            try {
                deflated = Parallel.map(block, name -> {
                    if (name.endsWith("/")) return null;
                    try {
                        return Deflated.of(contents.of(name.substring(topFolder.length() + 1)));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            for (int i = 0; i < block.size(); i++) {
                Deflated d = deflated.get(i);
                if (d == null) {
                    folder(block.get(i));
                    continue;
                }
                ZipArchiveEntry e = entry(block.get(i));
                e.setMethod(ZipEntry.DEFLATED);
                e.setSize(d.size());
                e.setCompressedSize(d.bytes().length);
                e.setCrc(d.crc());
                zip.addRawArchiveEntry(e, new ByteArrayInputStream(d.bytes()));
            }
        }
    }

    private void folder(String name) throws IOException {
        folders.add(name);
        zip.putArchiveEntry(entry(name));
        zip.closeArchiveEntry();
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }

    private ZipArchiveEntry entry(String name) {
        ZipArchiveEntry e = new ZipArchiveEntry(name);
        e.setTime(millis);
        return e;
    }

    /** One file's raw deflated bytes (no zlib header), as a zip entry holds them. */
    private record Deflated(byte[] bytes, long size, long crc) {
        static Deflated of(byte[] data) {
            CRC32 crc = new CRC32();
            crc.update(data);
            // zlib's default level: level 9 costs much more CPU for a barely smaller zip.
            Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
            try {
                deflater.setInput(data);
                deflater.finish();
                ByteArrayOutputStream out = new ByteArrayOutputStream(data.length / 3 + 64);
                byte[] buffer = new byte[16384];
                while (!deflater.finished()) out.write(buffer, 0, deflater.deflate(buffer));
                return new Deflated(out.toByteArray(), data.length, crc.getValue());
            } finally {
                deflater.end();
            }
        }
    }
}
