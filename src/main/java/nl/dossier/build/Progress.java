package nl.dossier.build;

import java.io.PrintStream;
import java.nio.file.Path;

/** Reports stages with counts and times on the terminal, or nothing with --quiet. */
public final class Progress {
    private final PrintStream out;

    private Progress(PrintStream out) {
        this.out = out;
    }

    public static Progress to(PrintStream out) {
        return new Progress(out);
    }

    public static Progress quiet() {
        return new Progress(null);
    }

    void stage(String name, String detail, long startNanos) {
        if (out == null) return;
        out.printf("  %-7s %-48s %6d ms%n", name, detail, (System.nanoTime() - startNanos) / 1_000_000);
    }

    void done(Path output, long nanos) {
        if (out == null) return;
        out.printf("Built %s in %d ms%n", output, nanos / 1_000_000);
    }
}
