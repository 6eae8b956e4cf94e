package nl.dossier.check;

import nl.dossier.model.ContentException;
import nl.dossier.model.Problem;
import nl.dossier.model.Problems;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Stage 5, check: reads the built site back and verifies that every internal link, image,
 * stylesheet and anchor resolves, and that each page has exactly one h1 and unique ids. This
 * catches template mistakes that no content check can see.
 */
public final class OutputChecker {
    private final Path site;
    private final Map<Path, Document> parsed = new HashMap<>();

    public OutputChecker(Path site) {
        this.site = site;
    }

    public void check() throws ContentException {
        Problems problems = new Problems();
        List<Path> html;
        try (Stream<Path> walk = Files.walk(site)) {
            html = walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        } catch (IOException e) {
            throw new ContentException(Problem.inFile(site.toString(), "cannot read built site: " + e.getMessage(), null));
        }
        for (Path file : html) checkPage(file, problems);
        problems.throwIfAny();
    }

    private Document parse(Path file) throws IOException {
        Document d = parsed.get(file);
        if (d == null) {
            d = Jsoup.parse(file.toFile(), "UTF-8");
            parsed.put(file, d);
        }
        return d;
    }

    private void checkPage(Path file, Problems problems) {
        String shown = "site/" + site.relativize(file).toString().replace('\\', '/');
        Document doc;
        try {
            doc = parse(file);
        } catch (IOException e) {
            problems.add(Problem.inFile(shown, "cannot read: " + e.getMessage(), null));
            return;
        }
        int h1 = doc.select("h1").size();
        if (h1 != 1) problems.add(Problem.inFile(shown, "page has " + h1 + " <h1> elements", "a page has exactly one h1 (check the template)"));
        Set<String> ids = new HashSet<>();
        for (Element e : doc.select("[id]")) {
            if (!ids.add(e.id())) problems.add(Problem.inFile(shown, "id '" + e.id() + "' is used twice", "ids must be unique on a page"));
        }
        for (Element e : doc.select("img")) {
            if (!e.hasAttr("alt")) problems.add(Problem.inFile(shown, "image " + e.attr("src") + " has no alt attribute", "add alt text"));
        }
        boolean root404 = file.getFileName().toString().equals("404.html") && file.getParent().equals(site);
        for (Element e : doc.select("a[href], link[href], img[src], script[src]")) {
            String ref = e.hasAttr("href") ? e.attr("href") : e.attr("src");
            checkReference(file, shown, ref, root404, problems);
        }
    }

    private void checkReference(Path from, String shown, String ref, boolean absoluteAllowed, Problems problems) {
        if (ref.isEmpty()) {
            problems.add(Problem.inFile(shown, "empty link", "every link needs a target"));
            return;
        }
        URI uri;
        try {
            uri = new URI(ref);
        } catch (URISyntaxException e) {
            problems.add(Problem.inFile(shown, "malformed link '" + ref + "'", null));
            return;
        }
        if (uri.getScheme() != null) return; // external: not checked offline
        String path = uri.getPath() == null ? "" : uri.getPath();
        Path target;
        if (path.isEmpty()) {
            target = from;
        } else if (path.startsWith("/")) {
            if (!absoluteAllowed) {
                problems.add(Problem.inFile(shown, "root-relative link '" + ref + "'", "use relative links so the site works from disk"));
                return;
            }
            target = site.resolve(path.substring(1));
        } else {
            target = from.getParent().resolve(path).normalize();
        }
        if (Files.isDirectory(target)) {
            problems.add(Problem.inFile(shown, "link '" + ref + "' points at a folder", "link to the folder's index.html so it works from disk"));
            return;
        }
        if (!target.startsWith(site) || !Files.isRegularFile(target)) {
            problems.add(Problem.inFile(shown, "broken link '" + ref + "'", "the target file does not exist in the built site"));
            return;
        }
        String fragment = uri.getFragment();
        if (fragment != null && !fragment.isEmpty() && target.toString().endsWith(".html")) {
            try {
                if (parse(target).getElementById(fragment) == null) {
                    problems.add(Problem.inFile(shown, "broken anchor '" + ref + "'", "no element with id '" + fragment + "' on the target page"));
                }
            } catch (IOException e) {
                problems.add(Problem.inFile(shown, "cannot read link target " + ref, null));
            }
        }
    }
}
