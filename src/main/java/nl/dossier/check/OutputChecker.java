package nl.dossier.check;

import nl.dossier.model.ContentException;
import nl.dossier.model.Parallel;
import nl.dossier.model.Problem;
import nl.dossier.model.Problems;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.parser.ParseError;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Stage 5, check: reads the built site back and verifies that every internal link, image,
 * stylesheet and anchor resolves, that each page has exactly one h1, unique ids, headings that
 * go down one level at a time, no HTML the parser had to repair, and nothing inline that the
 * Content-Security-Policy in netlify.toml would block. This catches template mistakes that no
 * content check can see. Problems name the built file with line and column.
 */
public final class OutputChecker {
    private final Path site;
    /** How a page is named in problems: {@code site/} or {@code offline/} and its path. */
    private final String shownPrefix;
    /** For the offline copy: links to the site's own address (the copy must not leave itself); null for the hosted site. */
    private final Pattern ownAddress;
    /** Parser errors beyond this many per file are not reported (the first ones are what matters). */
    static final int MAX_PARSE_ERRORS = 100;

    /** Every file and folder of the built site, listed once: a link is checked without touching the disk. */
    private final Set<Path> files = new HashSet<>();
    private final Set<Path> folders = new HashSet<>();

    /** Checks the hosted site. */
    public OutputChecker(Path site) {
        this(site, "site/", null);
    }

    private OutputChecker(Path site, String shownPrefix, Pattern ownAddress) {
        this.site = site.toAbsolutePath().normalize();
        this.shownPrefix = shownPrefix;
        this.ownAddress = ownAddress;
    }

    /**
     * Checks the offline copy: everything the hosted site is checked for, and that no href or src
     * sends the reader (or the browser) to the hosted site behind their back. Allowed are the
     * canonical link (a hint for search engines, never loaded) and the banner's deliberate
     * "Bekijk de actuele versie online" link ({@code a.live-versie}).
     */
    public static OutputChecker offlineCopy(Path copy, String baseUrl) {
        String host = baseUrl.replaceFirst("^https?://", "").replaceFirst("/.*$", "");
        return new OutputChecker(copy, "offline/", Pattern.compile("^(https?:)?//" + Pattern.quote(host) + "([/:?#].*)?$", Pattern.CASE_INSENSITIVE));
    }

    /**
     * Checks every page, in two passes, each in parallel: each page on its own (its DOM is dropped
     * afterwards, so memory stays flat at 10,000 pages), then every link against the list of
     * files and the ids each page declared. Problems come in page order, whatever the threads did.
     */
    public void check() throws ContentException {
        List<Path> html;
        try {
            listSite();
            html = files.stream().filter(p -> p.toString().endsWith(".html")).sorted().toList();
        } catch (IOException e) {
            throw new ContentException(Problem.inFile(site.toString(), "cannot read built site: " + e.getMessage(), null));
        }
        // Source positions are tracked only for pages with a problem, in a second parse: tracking
        // them on every node costs time and, on a page of megabytes, hundreds of MB of memory.
        List<PageReport> reports = Parallel.map(html, file -> checkPage(file, false));
        Map<Path, Set<String>> ids = new HashMap<>();
        for (PageReport r : reports) ids.put(r.file(), r.ids());
        // The links too are checked on every core (the ids are all known now, and only read):
        // at 10,000 pages this pass alone took 1.9 s on one core per check.
        List<PageReport> withProblems = Parallel.map(reports, r -> problems(r, ids).isEmpty() ? null : r).stream()
                .filter(Objects::nonNull).toList();
        if (withProblems.isEmpty()) return;
        Problems problems = new Problems();
        for (PageReport r : withProblems) problems.addAll(problems(checkPage(r.file(), true), ids));
        problems.throwIfAny();
    }

    /** The page's own problems and those of its links. */
    private List<Problem> problems(PageReport r, Map<Path, Set<String>> ids) {
        List<Problem> out = new ArrayList<>(r.problems());
        for (Link link : r.links()) checkReference(r.file(), link, r.shown(), ids, out);
        return out;
    }

    private void listSite() throws IOException {
        Files.walkFileTree(site, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                folders.add(dir);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (attrs.isRegularFile()) files.add(file);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** What one page says about itself: its own problems, the ids it declares and the links it makes. */
    private record PageReport(Path file, String shown, List<Problem> problems, Set<String> ids, List<Link> links) {
    }

    /** A link, with where it is on its page, to check once every page's ids are known. */
    private record Link(String ref, int line, int column, boolean absoluteAllowed) {
        Problem problem(String shown, String message, String hint) {
            return line > 0 ? new Problem(shown, line, column, message, hint) : Problem.inFile(shown, message, hint);
        }
    }

    private PageReport checkPage(Path file, boolean trackPositions) {
        String shown = shownPrefix + site.relativize(file).toString().replace('\\', '/');
        List<Problem> problems = new ArrayList<>();
        Parser parser = Parser.htmlParser().setTrackErrors(MAX_PARSE_ERRORS).setTrackPosition(trackPositions);
        Document doc;
        try {
            doc = Jsoup.parse(Files.readString(file), "", parser);
        } catch (IOException e) {
            problems.add(Problem.inFile(shown, "cannot read: " + e.getMessage(), null));
            return new PageReport(file, shown, problems, Set.of(), List.of());
        }
        for (ParseError e : parser.getErrors()) {
            int[] lc = cursor(e.getCursorPos());
            problems.add(new Problem(shown, lc[0], lc[1], "invalid HTML: " + e.getErrorMessage(),
                    "the browser has to repair this; check the template that writes it"));
        }
        PageScan scan = new PageScan(shown, problems, ownAddress);
        NodeTraversor.traverse(scan, doc);
        if (scan.h1 != 1) {
            problems.add(Problem.inFile(shown, "page has " + scan.h1 + " <h1> elements", "a page has exactly one h1 (check the template)"));
        }
        boolean root404 = file.getFileName().toString().equals("404.html") && file.getParent().equals(site);
        List<Link> links = new ArrayList<>(scan.links.size());
        for (Element e : scan.links) {
            Range.Position start = e.sourceRange().start();
            links.add(new Link(e.hasAttr("href") ? e.attr("href") : e.attr("src"),
                    start.isTracked() ? start.lineNumber() : 0, start.isTracked() ? start.columnNumber() : 0, root404));
        }
        return new PageReport(file, shown, problems, scan.ids, links);
    }

    /**
     * Every per-page rule in one walk over the DOM (nine selector passes cost a quarter of the
     * check's time): heading count and order, unique ids, image alt text, what the
     * Content-Security-Policy would block, links to the site's own address, and the links to
     * check once every page is known.
     */
    private static final class PageScan implements NodeVisitor {
        private static final String CSP_HINT = "the Content-Security-Policy in netlify.toml blocks inline code and styles; put it in a file under assets/";

        private final String shown;
        private final List<Problem> problems;
        private final Pattern ownAddress;
        int h1;
        private int previousHeading;
        final Set<String> ids = new HashSet<>();
        final List<Element> links = new ArrayList<>();

        PageScan(String shown, List<Problem> problems, Pattern ownAddress) {
            this.shown = shown;
            this.problems = problems;
            this.ownAddress = ownAddress;
        }

        @Override
        public void head(Node node, int depth) {
            if (!(node instanceof Element e)) return;
            String tag = e.normalName();
            if (tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6') heading(e, tag);
            if (e.hasAttr("id") && !ids.add(e.id())) problems.add(at(shown, e, "id '" + e.id() + "' is used twice", "ids must be unique on a page"));
            switch (tag) {
                case "img" -> {
                    if (!e.hasAttr("alt")) problems.add(at(shown, e, "image " + e.attr("src") + " has no alt attribute", "add alt text"));
                    if (e.hasAttr("src")) links.add(e);
                }
                case "script" -> {
                    // A data block (schema.org JSON-LD) is never executed, so the policy does not apply to it.
                    if (e.hasAttr("src")) links.add(e);
                    else if (!e.attr("type").strip().equalsIgnoreCase("application/ld+json")) problems.add(at(shown, e, "inline <script>", CSP_HINT));
                }
                case "style" -> problems.add(at(shown, e, "inline <style> element", CSP_HINT));
                case "a", "link" -> {
                    if (e.hasAttr("href")) links.add(e);
                }
                default -> {
                }
            }
            inlineAttributes(e);
            if (ownAddress != null) ownAddress(e);
        }

        private void heading(Element h, String tag) {
            int level = tag.charAt(1) - '0';
            if (level == 1) h1++;
            if (level > previousHeading + 1) {
                problems.add(at(shown, h, "heading order: <" + tag + "> '" + h.text() + "' follows "
                                + (previousHeading == 0 ? "no heading" : "an <h" + previousHeading + ">"),
                        "headings go down one level at a time; use <h" + (previousHeading + 1) + "> here or add the missing level"));
            }
            previousHeading = level;
        }

        /** What the Content-Security-Policy (no 'unsafe-inline', no data: images) would block. */
        private void inlineAttributes(Element e) {
            for (Attribute a : e.attributes()) {
                String name = a.getKey().toLowerCase(Locale.ROOT);
                if (name.equals("style")) problems.add(at(shown, e, "style attribute on <" + e.tagName() + ">", CSP_HINT));
                else if (name.startsWith("on")) problems.add(at(shown, e, "event handler attribute " + name + " on <" + e.tagName() + ">", CSP_HINT));
                else if ((name.equals("src") || name.equals("href")) && a.getValue().strip().toLowerCase(Locale.ROOT).startsWith("data:")) {
                    problems.add(at(shown, e, "data: URL in " + name + " on <" + e.tagName() + ">", CSP_HINT));
                }
            }
        }

        /**
         * The offline copy must not send the reader (or the browser) to the hosted site behind their
         * back. Allowed are the canonical link (a hint for search engines, never loaded) and the
         * banner's deliberate "Bekijk de actuele versie online" link ({@code a.live-versie}).
         */
        private void ownAddress(Element e) {
            if (!e.hasAttr("href") && !e.hasAttr("src")) return;
            boolean deliberate = e.nameIs("link") && e.attr("rel").equals("canonical") || e.nameIs("a") && e.hasClass("live-versie");
            String ref = e.hasAttr("href") ? e.attr("href") : e.attr("src");
            if (!deliberate && ownAddress.matcher(ref).matches()) {
                problems.add(at(shown, e, "link to the site's own address '" + ref + "' would leave the offline copy",
                        "link to pages of this site with a relative link (e.g. [tekst](andere-pagina.md))"));
            }
        }
    }

    /** A problem at the start tag of an element (line and column as the parser tracked them). */
    private static Problem at(String shown, Element e, String message, String hint) {
        Range.Position start = e.sourceRange().start();
        return start.isTracked() ? new Problem(shown, start.lineNumber(), start.columnNumber(), message, hint)
                : Problem.inFile(shown, message, hint);
    }

    /** jsoup reports a parse error's place as "line:column". */
    static int[] cursor(String pos) {
        try {
            int colon = pos.indexOf(':');
            return new int[] {Integer.parseInt(pos.substring(0, colon).strip()), Integer.parseInt(pos.substring(colon + 1).strip())};
        } catch (RuntimeException e) {
            return new int[] {0, 0};
        }
    }

    private void checkReference(Path from, Link link, String shown, Map<Path, Set<String>> ids, List<Problem> problems) {
        String ref = link.ref();
        if (ref.isEmpty()) {
            problems.add(link.problem(shown, "empty link", "every link needs a target"));
            return;
        }
        URI uri;
        try {
            uri = new URI(ref);
        } catch (URISyntaxException e) {
            problems.add(link.problem(shown, "malformed link '" + ref + "'", null));
            return;
        }
        if (uri.getScheme() != null) return; // external: not checked offline
        if (uri.getRawAuthority() != null) {
            // "//host/path" takes the page's scheme: from disk that is file://host/path, which does not exist.
            problems.add(link.problem(shown, "protocol-relative link '" + ref + "'", "write the address in full, with https://, so it works from disk too"));
            return;
        }
        String path = uri.getPath() == null ? "" : uri.getPath();
        Path target;
        if (path.isEmpty()) {
            target = from;
        } else if (path.startsWith("/")) {
            if (!link.absoluteAllowed()) {
                problems.add(link.problem(shown, "root-relative link '" + ref + "'", "use relative links so the site works from disk"));
                return;
            }
            target = site.resolve(path.substring(1)).normalize();
        } else {
            target = from.getParent().resolve(path).normalize();
        }
        if (folders.contains(target)) {
            problems.add(link.problem(shown, "link '" + ref + "' points at a folder", "link to the folder's index.html so it works from disk"));
            return;
        }
        if (!target.startsWith(site) || !files.contains(target)) {
            problems.add(link.problem(shown, "broken link '" + ref + "'", "the target file does not exist in the built site"));
            return;
        }
        String fragment = uri.getFragment();
        if (fragment != null && !fragment.isEmpty() && target.toString().endsWith(".html")
                && !ids.getOrDefault(target, Set.of()).contains(fragment)) {
            problems.add(link.problem(shown, "broken anchor '" + ref + "'", "no element with id '" + fragment + "' on the target page"));
        }
    }
}
