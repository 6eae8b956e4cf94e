package nl.dossier.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the load stage read from each file, kept between builds of a long-running process
 * ({@code dossier serve}): a file whose path, modification time and size are unchanged is not
 * read or parsed again. Only files that were read without any problem are kept, so a file with
 * a mistake is read again next time and its problems are reported again. A file the watcher saw
 * change is {@link #invalidate invalidated} as well, whatever its time stamp says.
 *
 * <p>A {@link #watched} cache leaves out the time-stamp check: its owner invalidates every file a
 * watcher reports, and clears the cache when the watcher lost events, so an entry is good until
 * then. The check is a file-system call per page on every edit, a large part of the preview's
 * rebuild.
 */
public final class SourceCache {
    private record Entry(FileTime modified, long size, Object value) {
    }

    private final Map<Path, Entry> entries = new ConcurrentHashMap<>();
    /** Sorted folder entries, kept by a watched cache only. */
    private final Map<Path, List<Path>> listings = new ConcurrentHashMap<>();
    private final boolean watched;
    private GitDates gitDates;

    /** A cache that checks each file's time stamp and size before using what it keeps. */
    public SourceCache() {
        this(false);
    }

    private SourceCache(boolean watched) {
        this.watched = watched;
    }

    /** A cache whose owner reports every change: entries are used without looking at the file. */
    public static SourceCache watched() {
        return new SourceCache(true);
    }

    public void invalidate(Path file) {
        Path f = file.toAbsolutePath().normalize();
        entries.remove(f);
        // A file created or deleted changes its folder's listing; an edit of a listed file does not.
        Path dir = f.getParent();
        List<Path> listed = dir == null ? null : listings.get(dir);
        if (listed != null && !(Files.exists(f) && Collections.binarySearch(listed, f) >= 0)) listings.remove(dir);
    }

    public void clear() {
        entries.clear();
        listings.clear();
    }

    /** A folder's sorted entries as last listed, or null; only a watched cache keeps them (until a file in it comes or goes). */
    List<Path> listing(Path dir) {
        return watched ? listings.get(dir) : null;
    }

    void putListing(Path dir, List<Path> sortedEntries) {
        if (watched) listings.put(dir, List.copyOf(sortedEntries));
    }

    public int size() {
        return entries.size();
    }

    /** The cached value of an unchanged file, or null. */
    <T> T get(Path file, Class<T> type) {
        Entry e = entries.get(file);
        if (e == null || !type.isInstance(e.value)) return null;
        if (watched) return type.cast(e.value);
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

    /**
     * git history, read once per process on the first page without an {@code updated} date (pages
     * are read on several threads): a running preview sees each file's last commit as of its start.
     */
    synchronized GitDates gitDates(Path projectRoot) {
        if (gitDates == null) gitDates = GitDates.read(projectRoot);
        return gitDates;
    }
}
