// Edit-to-served latency of `dossier serve`. Run with the source launcher (no build step):
//
//   java bench/ServeLatency.java JAR OUT.json EDITS WARMUP LABEL=DIR=PAGE=URLPATH [LABEL=DIR=PAGE=URLPATH …]
//
// For each site: starts `java -jar JAR serve --source DIR --port 0` as its own process, waits
// for the first build, then EDITS times: writes PAGE (relative to DIR) with a new marker
// sentence and polls URLPATH (2 ms between requests) until the served page contains it. The
// latency runs from just before the file is written to the response that contains the marker.
// The first WARMUP edits warm up the JIT and are not counted. Also records the rebuild times
// serve prints ("rebuilt in N ms"), and the median of each stage serve names in that line
// ("(load N, link N, render N, bake N)").
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class ServeLatency {
    static final Pattern SERVING = Pattern.compile("at (http://127\\.0\\.0\\.1:\\d+/)");
    static final Pattern REBUILT = Pattern.compile("rebuilt in (\\d+) ms");
    static final Pattern STAGE = Pattern.compile("(load|link|render|bake) (\\d+)");

    public static void main(String[] args) throws Exception {
        String jar = args[0];
        Path out = Path.of(args[1]);
        int edits = Integer.parseInt(args[2]);
        int warmup = Integer.parseInt(args[3]);
        List<String> results = new ArrayList<>();
        for (int i = 4; i < args.length; i++) {
            String[] spec = args[i].split("=", 4);
            results.add(measure(jar, spec[0], Path.of(spec[1]).toAbsolutePath(), spec[2], spec[3], edits, warmup));
        }
        String load = Files.exists(Path.of("/proc/loadavg")) ? Files.readString(Path.of("/proc/loadavg")).strip() : "";
        String json = "{\n  \"machine\": {\"cores\": " + Runtime.getRuntime().availableProcessors()
                + ", \"loadavg_at_end\": \"" + load + "\""
                + ", \"os\": \"" + System.getProperty("os.name") + " " + System.getProperty("os.version")
                + "\", \"java\": \"" + System.getProperty("java.vm.name") + " " + System.getProperty("java.version") + "\"},\n"
                + "  \"measured_at\": \"" + Instant.now() + "\",\n"
                + "  \"method\": \"time from just before writing the page to the first HTTP response containing the new text; "
                + "polling every 2 ms; serve in its own JVM; first " + warmup + " edits not counted\",\n"
                + "  \"sites\": [\n" + String.join(",\n", results) + "\n  ]\n}\n";
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, json);
        System.out.print(json);
    }

    static String measure(String jar, String label, Path dir, String page, String urlPath, int edits, int warmup) throws Exception {
        Process serve = new ProcessBuilder("java", "-jar", jar, "serve", "--source", dir.toString(), "--port", "0")
                .redirectErrorStream(true).start();
        List<Long> rebuilds = new CopyOnWriteArrayList<>();
        java.util.Map<String, List<Long>> stages = new java.util.concurrent.ConcurrentSkipListMap<>();
        CompletableFuture<String> url = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    Matcher m = SERVING.matcher(line);
                    if (m.find()) url.complete(m.group(1));
                    Matcher b = REBUILT.matcher(line);
                    if (b.find()) {
                        rebuilds.add(Long.parseLong(b.group(1)));
                        Matcher st = STAGE.matcher(line.substring(b.end()));
                        while (st.find()) stages.computeIfAbsent(st.group(1), k -> new CopyOnWriteArrayList<>()).add(Long.parseLong(st.group(2)));
                    }
                    if (line.contains("problem")) System.err.println(label + ": " + line);
                }
            } catch (Exception e) {
                url.completeExceptionally(e);
            }
        });
        reader.setDaemon(true);
        reader.start();
        try {
            String base = url.get(10, TimeUnit.MINUTES);
            HttpClient http = HttpClient.newHttpClient();
            URI target = URI.create(base + urlPath);
            Path file = dir.resolve(page);
            String original = Files.readString(file);
            List<Double> ms = new ArrayList<>();
            for (int i = 0; i < warmup + edits; i++) {
                String marker = "Meetpunt " + label + " " + i + " " + System.nanoTime();
                long t0 = System.nanoTime();
                Files.writeString(file, original + "\n" + marker + ".\n");
                while (true) {
                    String body = http.send(HttpRequest.newBuilder(target).timeout(Duration.ofSeconds(30)).build(),
                            HttpResponse.BodyHandlers.ofString()).body();
                    if (body.contains(marker)) break;
                    if (System.nanoTime() - t0 > TimeUnit.SECONDS.toNanos(60)) throw new IllegalStateException("edit " + i + " never served");
                    Thread.sleep(2);
                }
                double elapsed = (System.nanoTime() - t0) / 1e6;
                if (i >= warmup) ms.add(elapsed);
                Thread.sleep(250);
            }
            Files.writeString(file, original);
            int pages;
            try (var s = Files.list(dir.resolve("content"))) {
                pages = (int) s.filter(p -> p.toString().endsWith(".md")).count();
            }
            List<Long> counted = counted(rebuilds, warmup, edits);
            StringBuilder stageMedians = new StringBuilder();
            stages.forEach((stage, values) -> stageMedians.append(stageMedians.length() == 0 ? "" : ", ")
                    .append(String.format(Locale.ROOT, "\"%s\": %.1f", stage, pctL(counted(values, warmup, edits), 50))));
            System.err.printf(Locale.ROOT, "%s (%d pages): median %.1f ms, p95 %.1f ms%n", label, pages, pct(ms, 50), pct(ms, 95));
            return String.format(Locale.ROOT, "    {\"site\": \"%s\", \"pages\": %d, \"page\": \"%s\", \"edits\": %d, \"warmup\": %d, "
                            + "\"min_ms\": %.1f, \"median_ms\": %.1f, \"p95_ms\": %.1f, \"max_ms\": %.1f, "
                            + "\"rebuild_median_ms\": %.1f, \"rebuild_max_ms\": %d, \"stage_median_ms\": {%s}, \"samples_ms\": %s}",
                    label, pages, page, edits, warmup, Collections.min(ms), pct(ms, 50), pct(ms, 95), Collections.max(ms),
                    pctL(counted, 50), counted.isEmpty() ? 0 : Collections.max(counted), stageMedians,
                    ms.stream().map(v -> String.format(Locale.ROOT, "%.1f", v)).toList());
        } finally {
            serve.destroy();
            if (!serve.waitFor(10, TimeUnit.SECONDS)) serve.destroyForcibly();
        }
    }

    /** The rebuilds of the counted edits, the warm-up edits left out. */
    static List<Long> counted(List<Long> values, int warmup, int edits) {
        return values.size() > warmup ? values.subList(warmup, Math.min(values.size(), warmup + edits)) : values;
    }

    static double pct(List<Double> values, int p) {
        List<Double> s = new ArrayList<>(values);
        Collections.sort(s);
        int idx = (int) Math.ceil(p / 100.0 * s.size()) - 1;
        return s.get(Math.max(0, Math.min(s.size() - 1, idx)));
    }

    static double pctL(List<Long> values, int p) {
        if (values.isEmpty()) return 0;
        return pct(values.stream().map(Long::doubleValue).toList(), p);
    }
}
