package nl.dossier.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects the problems of one stage so that a writer sees them all at once. */
public final class Problems {
    private final List<Problem> list = new ArrayList<>();

    public synchronized void add(Problem p) {
        list.add(p);
    }

    public synchronized void addAll(List<Problem> ps) {
        list.addAll(ps);
    }

    public synchronized boolean isEmpty() {
        return list.isEmpty();
    }

    /** Throws when anything was collected, sorted by file and line so output is stable. */
    public synchronized void throwIfAny() throws ContentException {
        if (list.isEmpty()) return;
        List<Problem> sorted = new ArrayList<>(list);
        sorted.sort(Comparator.comparing(Problem::file).thenComparingInt(Problem::line)
                .thenComparingInt(Problem::column).thenComparing(p -> p.message().toString()));
        throw new ContentException(sorted);
    }
}
