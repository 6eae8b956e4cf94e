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
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The benchmark's report (bench/report.py) on measurements made up for the test: medians, Hugo +
 * Pagefind paired by run, the ratios and the verdict on each of the targets, and the real
 * site with and without its PDF cached. The harness itself takes minutes and runs by hand; this is
 * the part that decides what its table says.
 */
class BenchReportTest {

    @Test
    void reportsMediansRatiosAndTargets() throws Exception {
        Path dir = TestFiles.temporaryFolder("bench-report-");
        Path log = dir.resolve("dossier-10000-run1.log");
        Files.writeString(log, "  load    10001 pages, 54 references, 26 terms    1200 ms\n"
                + "  search  45028 sections indexed                23000 ms\n");
        // size, tool, run, seconds, peak RSS in kB, exit code, load before, load after, log
        List<String> rows = List.of(
                row("real", "dossier", 1, 2.1, 230_000, 0, ""), row("real", "dossier", 2, 1.9, 231_000, 0, ""),
                row("real", "dossier", 3, 2.0, 232_000, 0, ""),
                row("real-cached", "dossier", 1, 1.4, 190 * 1024, 0, ""), row("real-cached", "dossier", 2, 1.3, 185 * 1024, 0, ""),
                row("real-cached", "dossier", 3, 1.5, 186 * 1024, 0, ""),
                row("1000", "dossier", 1, 8.0, 400 * 1024, 0, ""), row("1000", "dossier", 2, 7.0, 450 * 1024, 0, ""),
                row("1000", "dossier", 3, 9.0, 420 * 1024, 0, ""),
                row("1000", "hugo", 1, 0.6, 160 * 1024, 0, ""), row("1000", "hugo", 2, 0.7, 160 * 1024, 0, ""),
                row("1000", "hugo", 3, 0.5, 160 * 1024, 0, ""),
                // Run 2 of Pagefind failed: Hugo + Pagefind is paired by run, so run 2 drops out of the sum.
                row("1000", "pagefind", 1, 2.4, 400 * 1024, 0, ""), row("1000", "pagefind", 2, 0.1, 10 * 1024, 1, ""),
                row("1000", "pagefind", 3, 2.7, 400 * 1024, 0, ""),
                row("1000", "jbake", 1, 16.0, 700 * 1024, 0, ""), row("1000", "jbake", 2, 16.4, 700 * 1024, 0, ""),
                row("1000", "jbake", 3, 16.8, 700 * 1024, 0, ""),
                row("10000", "dossier", 1, 60.0, 900 * 1024, 0, log.toString()),
                row("10000", "hugo", 1, 5.0, 1000 * 1024, 0, ""), row("10000", "pagefind", 1, 30.0, 4000 * 1024, 0, ""),
                "10000\tjbake\tskipped\tabove --jbake-max (1000 pages)");
        Path tsv = dir.resolve("measurements.tsv");
        Files.write(tsv, rows, StandardCharsets.UTF_8);
        Path machine = dir.resolve("machine.txt");
        Files.writeString(machine, "date=2026-11-29T17:00:00Z\ncommit=abc1234\ncommand=bench/run.sh\ntimeout_s=1800\nnproc=2\n");
        Path json = dir.resolve("build.json");
        Path md = dir.resolve("build.md");

        Process p = new ProcessBuilder("python3", "bench/report.py", tsv.toString(), machine.toString(), json.toString(), md.toString())
                .directory(TestSites.projectRoot().toFile()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "report.py did not finish");
        assertEquals(0, p.exitValue(), output);

        String table = Files.readString(md);
        // Medians; peak RSS is the highest of the successful runs.
        assertTrue(table.contains("| 1,000 | 8.00 s / 450 MB | 0.60 s / 160 MB | 2.55 s / 400 MB | 3.10 s / 400 MB | 16.40 s / 700 MB "
                + "| 2.58 | 2.05 | 13.33 |"), table);
        assertTrue(table.contains("| 10,000 | 60.00 s / 900 MB | 5.00 s / 1000 MB | 30.00 s / 4000 MB | 35.00 s / 4000 MB | skipped "
                + "| 1.71 | – | 12.00 |"), table);
        assertTrue(table.contains("Real site (8 pages), Dossier: 2.00 s / 227 MB (target ≤ 1.5 s: not met). "
                + "With the chapter PDF cached from the run before: 1.40 s / 190 MB."), table);
        assertTrue(table.contains("- 1,000 pages: dossier_over_hugo_plus_pagefind <= 0.5: 2.581 (not met)"), table);
        assertTrue(table.contains("- 1,000 pages: jbake_over_dossier >= 15.0: 2.05 (not met)"), table);
        assertTrue(table.contains("- 10,000 pages: dossier_over_hugo <= 1.0: 12.0 (not met)"), table);
        assertTrue(table.contains("- 10,000 pages: dossier_peak_rss_mb <= 1024: 900.0 (met)"), table);

        String data = Files.readString(json);
        assertTrue(data.contains("\"pdf_cached\""), data);
        assertTrue(data.contains("\"meets_target\": false"), data);
        assertTrue(data.contains("\"skipped\": \"above --jbake-max (1000 pages)\""), data);
        // Dossier's stages, read from its progress output.
        assertTrue(data.replaceAll("\\s+", "").contains("\"stages_ms\":{\"load\":1200,\"search\":23000}"), data);
    }

    private static String row(String size, String tool, int run, double seconds, long rssKb, int exit, String log) {
        return String.join("\t", size, tool, String.valueOf(run), String.valueOf(seconds), String.valueOf(rssKb),
                String.valueOf(exit), "0.5 0.4 0.3", "0.6 0.5 0.4", log);
    }
}
