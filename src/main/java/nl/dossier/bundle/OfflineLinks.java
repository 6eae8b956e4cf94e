package nl.dossier.bundle;

import nl.dossier.model.Problem;
import nl.dossier.model.Problems;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The offline copy must not send the reader (or the browser) to the hosted site behind their
 * back: no href or src may point at the site's own host. Allowed are the canonical link (a hint
 * for search engines, never loaded) and the banner's deliberate "Bekijk de actuele versie
 * online" link ({@code a.live-versie}). The link checker has already made sure every relative
 * link resolves inside the copy.
 */
final class OfflineLinks {
    private OfflineLinks() {
    }

    static void check(Path copy, String baseUrl, Problems problems) throws IOException {
        String host = baseUrl.replaceFirst("^https?://", "").replaceFirst("/.*$", "");
        List<Path> pages;
        try (Stream<Path> walk = Files.walk(copy)) {
            pages = walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        for (Path page : pages) {
            Document doc = Jsoup.parse(page.toFile(), "UTF-8");
            for (Element e : doc.select("[href], [src]")) {
                if (e.is("link[rel=canonical], a.live-versie")) continue;
                String ref = e.hasAttr("href") ? e.attr("href") : e.attr("src");
                if (ref.matches("(?i)^(https?:)?//" + java.util.regex.Pattern.quote(host) + "([/:?#].*)?$")) {
                    problems.add(Problem.inFile("offline/" + copy.relativize(page).toString().replace('\\', '/'),
                            "link to the site's own address '" + ref + "' would leave the offline copy",
                            "link to pages of this site with a relative link (e.g. [tekst](andere-pagina.md))"));
                }
            }
        }
    }
}
