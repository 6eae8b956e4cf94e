package nl.dossier.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Which commands run in the child JVM, and its heap: sized to the content folder, with a floor, at most the JVM's default. */
class LauncherTest {

    @Test
    void theHeapGrowsWithTheContentBetweenAFloorAndTheDefault(@TempDir Path tmp) throws Exception {
        Path content = Files.createDirectories(tmp.resolve("content/sub"));
        Files.writeString(content.resolve("a.md"), "kort");
        long max = Runtime.getRuntime().maxMemory();
        assertEquals(Math.min(max, Launcher.MIN_HEAP), Launcher.heapFor(tmp), "a small site gets the floor");

        // 200 MB of content (a sparse file: its length counts, not its blocks on disk).
        try (RandomAccessFile big = new RandomAccessFile(content.resolve("big.md").toFile(), "rw")) {
            big.setLength(200L << 20);
        }
        long bytes = (200L << 20) + 4;
        assertEquals(Math.min(max, bytes * Launcher.HEAP_TENTHS_PER_CONTENT_BYTE / 10), Launcher.heapFor(tmp));
    }

    @Test
    void withoutAContentFolderNoHeapIsChosen(@TempDir Path tmp) {
        assertEquals(0, Launcher.heapFor(tmp.resolve("nergens")));
    }

    @Test
    void buildBundleAndCheckAreTheBatchCommandsForTheSecondJvm() {
        // serve and search stay in the first JVM: serve runs for hours, search answers at once.
        assertEquals(List.of("build", "bundle", "check"),
                Main.COMMANDS.stream().filter(Command::batch).map(Command::name).sorted().toList());
    }

    @Test
    void theProjectComesFromSource() {
        assertEquals(Path.of("x/y"), Launcher.source(new String[] {"build", "--source", "x/y", "--quiet"}));
        assertEquals(Path.of("z"), Launcher.source(new String[] {"check", "--source=z"}));
        assertEquals(Path.of(""), Launcher.source(new String[] {"build"}));
    }
}
