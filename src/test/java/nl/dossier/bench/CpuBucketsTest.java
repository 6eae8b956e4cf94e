package nl.dossier.bench;

import nl.dossier.TestFiles;
import nl.dossier.TestSites;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * bench/cpu_buckets.py, which turns a CPU profile into a table of where a build's CPU goes
 * (docs/performance.md), on stacks made up for the test: each stack goes into the first bucket that
 * one of its frames belongs to (the PDF printed inside the bundle is the PDF's; a page checked
 * inside the bundle is the offline copy's, not the hosted check's; work on helper threads goes
 * by the class doing it), samples become seconds at the given interval, every class a bucket
 * names exists, and a file that is not a profile is refused.
 */
class CpuBucketsTest {

    @Test
    void sumsEachStackIntoTheFirstBucketItBelongsTo() throws Exception {
        Path profile = TestFiles.temporaryFolder("cpu-buckets-").resolve("stacks.txt");
        Files.write(profile, List.of(
                "java/lang/Thread.run;nl/dossier/bundle/Bundler.make;nl/dossier/model/BackgroundStage.run;nl/dossier/pdf/ChapterPdf.print;com/openhtmltopdf/X.layout 10",
                "java/lang/Thread.run;nl/dossier/bundle/Bundler$CopyFiles.of;nl/dossier/check/OutputChecker$InMemory.page;org/jsoup/Jsoup.parse 20",
                "java/lang/Thread.run;nl/dossier/build/SiteBuilder.build;nl/dossier/check/OutputChecker.check;org/jsoup/Jsoup.parse 5",
                "thread_native_entry;CompileBroker::compiler_thread_loop;Compilation::compile 7",
                "thread_native_entry;GCTaskThread::run;PSScavenge::invoke 3",
                "__libc_start_main;JavaMain;SystemDictionary::load_instance_class 2",
                "java/lang/Thread.run;nl/dossier/build/SiteBuilder.prepare;nl/dossier/link/SiteLinker.link;com/vladsch/flexmark/parser/Parser.parse 8",
                // Work on helper threads, without a frame of the stage that handed it out.
                "java/util/concurrent/ForkJoinWorkerThread.run;nl/dossier/model/Parallel$Pieces.work;nl/dossier/search/ParallelBlocks.lambda$run$0;"
                        + "nl/dossier/search/Excerpts.excerpts;nl/dossier/search/SurfaceWords.scan 6",
                "java/util/concurrent/ForkJoinWorkerThread.run;nl/dossier/search/SurfaceWords.scan;nl/dossier/search/CaseAwareStopFilter$Rule.drops 4",
                // Dossier's code in no bucket: listed as such, not as the JVM's.
                "java/lang/Thread.run;nl/dossier/cli/Launcher.main;nl/dossier/build/SiteBuilder.deleteQuietly 1",
                ""), StandardCharsets.UTF_8);

        Result r = run(profile.toString(), "2", "work (test)");
        assertEquals(0, r.exit(), r.output());
        String expected = String.join("\n",
                "| work (test) | CPU | share |",
                "| --- | ---: | ---: |",
                "| offline copy: render, check, zip | 0.04 s | 30 % |",
                "| chapter PDF | 0.02 s | 15 % |",
                "| load, link, Markdown parse and render | 0.02 s | 12 % |",
                "| JVM: JIT compiler | 0.01 s | 11 % |",
                "| search: browser export (hosted site and copy) | 0.01 s | 9 % |",
                "| hosted site: check | 0.01 s | 8 % |",
                "| search: sections, Dutch analysis, Lucene index | 0.01 s | 6 % |",
                "| JVM: garbage collector | 0.01 s | 5 % |",
                "| JVM start, class loading, threads, kernel | 0.00 s | 3 % |",
                "| other Dossier code | 0.00 s | 2 % |",
                "| total | 0.13 s | 100 % |");
        assertEquals(expected, r.output().strip());
    }

    /** A bucket names Dossier's classes and packages; a renamed one would silently count as something else. */
    @Test
    void everyClassOrPackageABucketNamesExists() throws Exception {
        Process p = new ProcessBuilder("python3", "-c",
                "import sys; sys.path.insert(0, 'bench'); import cpu_buckets; print('\\n'.join(cpu_buckets.dossier_keys()))")
                .directory(TestSites.projectRoot().toFile()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "cpu_buckets.py did not finish");
        assertEquals(0, p.exitValue(), output);
        List<String> keys = output.lines().toList();
        assertTrue(keys.size() > 10, output);
        Path sources = TestSites.projectRoot().resolve("src/main/java");
        for (String key : keys) {
            // "nl/dossier/load/" is a package; "nl/dossier/bake/Bakery.bake" a method, "…/OutputChecker$InMemory" a nested class.
            String type = key.endsWith("/") ? key : key.replaceFirst("\\..*$", "").replaceFirst("\\$.*$", "") + ".java";
            assertTrue(Files.exists(sources.resolve(type)), key + ": no " + type + " under src/main/java");
        }
    }

    @Test
    void refusesAFileThatIsNotACollapsedProfile() throws Exception {
        Path notAProfile = TestFiles.temporaryFolder("cpu-buckets-").resolve("flame.html");
        Files.writeString(notAProfile, "<!DOCTYPE html>\n<html><body>flame graph</body></html>\n");
        Result r = run(notAProfile.toString(), "1");
        assertNotEquals(0, r.exit());
        assertTrue(r.output().contains("not a collapsed stack"), r.output());
    }

    private record Result(int exit, String output) {
    }

    private static Result run(String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("python3", "bench/cpu_buckets.py"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(TestSites.projectRoot().toFile()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "cpu_buckets.py did not finish");
        return new Result(p.exitValue(), output);
    }
}
