package nl.dossier.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the load stage read from each file, kept between builds of a long-running process
 * ({@code dossier serve}): a file whose path, modification time and size are unchanged is not
 * read or parsed again. Only files that were read without any problem are kept, so a file with
 * a mistake is read again next time and its problems are reported again. A file the watcher saw
 * change is {@link #invalidate invalidated} as well, whatever its time stamp says.
 */
public final class SourceCache {
    private record Entry(FileTime modified, long size, Object value) {
    }

    private final Map<Path, Entry> entries = new ConcurrentHashMap<>();
    private volatile GitDates gitDates;

    public void invalidate(Path file) {
        entries.remove(file.toAbsolutePath().normalize());
    }

    public void clear() {
        entries.clear();
    }

    public int size() {
        return entries.size();
    }

    /** The cached value of an unchanged file, or null. */
    <T> T get(Path file, Class<T> type) {
        Entry e = entries.get(file);
        if (e == null || !type.isInstance(e.value)) return null;
        BasicFileAttributes a = attributes(file);
        if (a == null || !a.lastModifiedTime().equals(e.modified) || a.size() != e.size) {
            entries.remove(file);
            return null;
        }
        return type.cast(e.value);
    }

    /** Remembers a value read from a file, with the file's attributes as taken before reading. */
    void put(Path file, BasicFileAttributes before, Object value) {
        if (before != null) entries.put(file, new Entry(before.lastModifiedTime(), before.size(), value));
    }

    static BasicFileAttributes attributes(Path file) {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class);
        } catch (IOException e) {
            return null;
        }
    }

    /** git history is read once per process: a running preview sees a file's last commit of its start. */
    GitDates gitDates(Path projectRoot) {
        GitDates g = gitDates;
        if (g == null) gitDates = g = GitDates.read(projectRoot);
        return g;
    }
}
