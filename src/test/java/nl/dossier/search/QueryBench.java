package nl.dossier.search;

import com.sun.net.httpserver.HttpServer;
import nl.dossier.model.Json;
import org.openqa.selenium.chrome.ChromeDriver;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The browser half of {@link SearchBench} only, on sites already built: the same three query pairs,
 * repeated ROUNDS times, sites interleaved, so two builds (say before and after a change to
 * search.js) are measured under the same machine load. Prints one JSON line per site and round.
 *
 * <pre>java ... nl.dossier.search.QueryBench ROUNDS NAME=SITE_DIR ...</pre>
 */
public final class QueryBench {
    public static void main(String[] args) throws Exception {
        int rounds = Integer.parseInt(args[0]);
        Map<String, Object> out = new LinkedHashMap<>();
        ChromeDriver driver = SearchBench.browser();
        try {
            for (int r = 0; r < rounds; r++) {
                for (int i = 1; i < args.length; i++) {
                    String[] p = args[i].split("=", 2);
                    Path site = Path.of(p[1]);
                    HttpServer server = SearchBench.serve(site);
                    String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
                    List<Object> runs = new ArrayList<>();
                    try {
                        for (String[] pair : SearchBench.QUERIES) runs.add(SearchBench.dossierRun(driver, base, site, pair[0], pair[1]));
                    } finally {
                        server.stop(0);
                    }
                    out.put(p[0] + "#" + r, runs);
                    System.out.println(p[0] + "#" + r + " " + Json.write(runs));
                }
            }
        } finally {
            driver.quit();
        }
    }
}
