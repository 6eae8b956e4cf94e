package nl.dossier.cli;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The jar's entry point. A build is a short burst of work that runs most of its code once, so
 * the JVM's default set-up, tuned for long-running servers, spends half the CPU of a small
 * build compiling code with C2 that finishes before the compiled code is used. {@code java -jar}
 * cannot carry JVM options, so for the batch commands this class starts the real command in a
 * second JVM with options measured to fit a build (see docs/performance.md): the quick C1
 * compiler only, the throughput garbage collector, and the class-data-sharing archive beside
 * the jar when there is one. The child's output, input and exit code are the command's; if this
 * process dies, the child stops.
 *
 * <p>{@code serve} and {@code search} run in this JVM: a server lives long enough to profit
 * from C2, and a query is over before a second JVM would start. Set {@code DOSSIER_FORK=0}
 * to run everything in this JVM.
 */
public final class Launcher {
    static final String CHILD = "dossier.child";

    private Launcher() {
    }

    public static void main(String[] args) throws InterruptedException {
        if (System.getProperty(CHILD) != null) {
            stopWithParent();
            Main.main(args);
            return;
        }
        List<String> command = childCommand(args);
        if (command == null) {
            Main.main(args);
            return;
        }
        Process child;
        try {
            child = new ProcessBuilder(command).inheritIO().start();
        } catch (IOException e) {
            // Cannot start a second JVM (a locked-down machine): run in this one, just slower.
            Main.main(args);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(child::destroy));
        System.exit(child.waitFor());
    }

    /** The second JVM's command line, or null to run in this JVM. */
    static List<String> childCommand(String[] args) {
        if ("0".equals(System.getenv("DOSSIER_FORK")) || args.length == 0) return null;
        Command batch = Main.find(args[0]);
        if (batch == null || !batch.batch()) return null;
        Path jar = ownJar();
        if (jar == null) return null;
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-XX:TieredStopAtLevel=1");
        // A build wants throughput, not short pauses: with G1's concurrent marking a
        // 10,000-page build took 3-13 s longer and 7-15 s more CPU (3 alternating pairs).
        command.add("-XX:+UseParallelGC");
        long heap = heapFor(source(args));
        if (heap > 0) command.add("-Xmx" + heap / (1 << 20) + "m");
        Path archive = jar.resolveSibling("dossier.jsa");
        if (Files.isRegularFile(archive)) {
            command.add("-XX:SharedArchiveFile=" + archive);
            // An archive from another JDK is ignored; say nothing about it.
            command.add("-Xlog:cds=off");
            command.add("-Xlog:cds+dynamic=off");
        }
        command.add("-D" + CHILD + "=1");
        command.add("-cp");
        command.add(jar.toString());
        command.add(Launcher.class.getName());
        command.addAll(List.of(args));
        return command;
    }

    /**
     * Heap per byte of content, in tenths: a 10,000-page build (81 MB of Markdown) peaks at about
     * 0.55 GB of live data, and builds as fast in 770 MB of heap as in 1.1 GB (docs/performance-log.md).
     */
    static final int HEAP_TENTHS_PER_CONTENT_BYTE = 95;
    static final long MIN_HEAP = 768L << 20;

    /**
     * The child's heap, sized to the site: without a limit the JVM grows its heap towards a quarter
     * of the machine's memory (5.6 GB resident at 10,000 pages) although the live data stays under
     * a gigabyte, and the build is no faster for it (docs/performance-log.md). At least 768 MB, at most
     * this JVM's own default maximum; 0 (no option) when the content cannot be measured, or when
     * the user chose a heap in JAVA_TOOL_OPTIONS.
     */
    static long heapFor(Path project) {
        String tool = System.getenv("JAVA_TOOL_OPTIONS");
        if (tool != null && tool.contains("-Xmx")) return 0;
        long bytes;
        try (var files = Files.walk(project.resolve("content"))) {
            bytes = files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        return Math.min(Runtime.getRuntime().maxMemory(), Math.max(MIN_HEAP, bytes * HEAP_TENTHS_PER_CONTENT_BYTE / 10));
    }

    /**
     * The project folder the command names with --source, or the current folder; read by the
     * command's own parser. A command line it cannot parse gets the current folder here: the
     * child reports the mistake.
     */
    static Path source(String[] args) {
        Command command = args.length == 0 ? null : Main.find(args[0]);
        if (command == null) return Path.of("");
        try {
            return Arguments.parse(command.options(), Arrays.asList(args).subList(1, args.length))
                    .path(CommonOptions.SOURCE.name(), Path.of(""));
        } catch (UsageException e) {
            return Path.of("");
        }
    }

    /** The jar this class was loaded from, or null when run from class folders (tests, IDE). */
    private static Path ownJar() {
        try {
            Path code = Path.of(Launcher.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isRegularFile(code) ? code : null;
        } catch (URISyntaxException | RuntimeException e) {
            return null;
        }
    }

    /** A killed launcher must not leave its build running: the child halts when its parent is gone. */
    private static void stopWithParent() {
        ProcessHandle.current().parent().ifPresent(parent -> parent.onExit().thenRun(() -> Runtime.getRuntime().halt(143)));
    }
}
