package nl.dossier.check;

import nl.dossier.model.ContentException;
import nl.dossier.model.LineIndex;
import nl.dossier.model.Parallel;
import nl.dossier.model.Problem;
import nl.dossier.model.Problems;
import nl.dossier.model.Phrase;
import nl.dossier.model.UrlPolicy;
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
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Stage 5, check: reads the built site back and verifies that every internal link, image,
 * stylesheet and anchor resolves, that each page has exactly one h1, unique ids, headings that
 * go down one level at a time, no HTML the parser had to repair, nothing inline that the
 * Content-Security-Policy in netlify.toml would block, and nothing that runs or loads code the
 * templates did not put there: no address with a scheme other than http, https and mailto in
 * any attribute that holds one ({@link UrlPolicy}), no frames, objects, embeds, {@code <base>},
 * {@code srcdoc} or {@code <meta http-equiv=refresh>}, and no form but the site's own search form.
 * This catches template mistakes that no content check can see.
 *
 * <p>Problems name the source the writer edits ({@link Sources}): the Markdown line a page's text
 * came from, the template that wrote the rest of a page, the data file an address came from, or
 * the file in assets/ that was published as it is. Without sources (a site checked on its own)
 * they name the built file with line and column.
 */
public final class OutputChecker {
    private final Path site;
    /** How a page is named in problems: {@code site/} or {@code offline/} and its path. */
    private final String shownPrefix;
    /** For the offline copy: links to the site's own address (the copy must not leave itself); null for the hosted site. */
    private final Pattern ownAddress;
    /**
     * Whether a link to a folder ({@code begrippen/}) leads to its index.html: on the hosted site
     * the server answers so; the offline copy opens from disk, where a browser shows the folder.
     */
    private final boolean servesFolders;
    /** Parser errors beyond this many per file are not reported (the first ones are what matters). */
    static final int MAX_PARSE_ERRORS = 100;
    /**
     * The site's search page (made by bake.SiteCrawler), relative to the site's root: the only
     * target a form may have. Its forms send the query there with GET, to the site itself.
     */
    static final String SEARCH_PAGE = "zoeken/index.html";

    /** Where each built file came from; null to name the built files themselves. */
    private final Sources sources;

    /** Every file and folder of the built site, listed once: a link is checked without touching the disk. */
    private final Set<Path> files = new HashSet<>();
    private final Set<Path> folders = new HashSet<>();

    /** Checks the hosted site; problems name the built files. */
    public OutputChecker(Path site) {
        this(site, null);
    }

    /** Checks the hosted site; problems name the sources the files were made from. */
    public OutputChecker(Path site, Sources sources) {
        this(site, "site/", null, sources);
    }

    private OutputChecker(Path site, String shownPrefix, Pattern ownAddress, Sources sources) {
        this.site = site.toAbsolutePath().normalize();
        this.shownPrefix = shownPrefix;
        this.ownAddress = ownAddress;
        this.servesFolders = ownAddress == null;
        this.sources = sources;
    }

    /** Where the files of a built site came from, to name the source of each problem. */
    public interface Sources {
        /**
         * The source of what is at a place in a built file.
         *
         * @param file   the built file, relative to the site's root with '/' separators
         * @param text   the built file's text
         * @param line   1-based line in it, or 0 for the file as a whole
         * @param column 1-based column, or 0
         * @param link   the address the problem is about, or null
         * @return where to report it, or null to name the built file
         */
        Place place(String file, String text, int line, int column, String link);
    }

    /**
     * A place in a source.
     *
     * @param line 1-based, or 0 for the file as a whole
     * @param copy whether it was found in a copy of the page's text (the one-page chapter), which
     *             is not reported again when the page itself showed a problem on that line
     */
    public record Place(String file, int line, int column, Origin origin, boolean copy) {
    }

    /** What kind of source a place is in; it decides the hint and how the built file is mentioned. */
    public enum Origin {
        /** A page's Markdown: the problem is reported at its line. */
        MARKDOWN,
        /** A template: the problem is reported on the template, with the place in the built file. */
        TEMPLATE,
        /** A data file (references, site settings) an address in the built file came from. */
        DATA,
        /** A file of assets/, published as it is: the same line and column. */
        ASSET
    }

    /**
     * Checks the offline copy: everything the hosted site is checked for, and that no href or src
     * sends the reader (or the browser) to the hosted site behind their back. Allowed are the
     * canonical link (a hint for search engines, never loaded) and the banner's deliberate
     * "Bekijk de actuele versie online" link ({@code a.live-versie}).
     */
    public static OutputChecker offlineCopy(Path copy, String baseUrl, Sources sources) {
        String host = baseUrl.replaceFirst("^https?://", "").replaceFirst("/.*$", "");
        return new OutputChecker(copy, "offline/", Pattern.compile("^(https?:)?//" + Pattern.quote(host) + "([/:?#].*)?$", Pattern.CASE_INSENSITIVE),
                sources);
    }

    /**
     * Checks every page, in two passes, each in parallel: each page on its own (its DOM is dropped
     * afterwards, so memory does not grow with the number of pages), then every link against the list of
     * files and the ids each page declared. Problems come in page order, whatever the threads did.
     */
    public void check() throws ContentException {
        List<Path> html;
        try {
            listSite();
            html = files.stream().filter(p -> p.toString().endsWith(".html")).sorted().toList();
        } catch (IOException e) {
            // The build wrote these files a moment ago: nothing a writer can change.
            throw new UncheckedIOException("cannot read the built site " + site, e);
        }
        // Source positions are tracked only for pages with a problem, in a second parse: tracking
        // them on every node costs time and, on a page of megabytes, a lot of memory.
        List<PageReport> reports = Parallel.map(html, file -> {
            try {
                return checkPage(file, Files.readString(file), false);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the built file " + file, e);
            }
        });
        linkPass(reports, file -> {
            try {
                return Files.readString(file);
            } catch (IOException e) {
                return null; // its report says so already
            }
        });
    }

    /**
     * Checks a site that is never written out (the offline copy, checked while it is zipped): the
     * same rules as {@link #check()}, the same problems. Its files are declared, and its pages
     * handed over, one batch at a time.
     */
    public InMemory inMemory() {
        return new InMemory();
    }

    /** The files and pages of a site checked in memory; see {@link #inMemory}. */
    public final class InMemory {
        private final Map<Path, PageReport> reports = new ConcurrentHashMap<>();

        private InMemory() {
        }

        /**
         * Declares files of the site, so links to them resolve; their folders follow from them.
         * Not while pages are handed over.
         *
         * @param names relative to the site's root, with '/' separators
         */
        public void files(Collection<String> names) {
            for (String name : names) {
                Path file = site.resolve(name).normalize();
                files.add(file);
                Path folder = file.getParent();
                while (folder != null && folder.startsWith(site) && folders.add(folder)) folder = folder.getParent();
            }
        }

        /** Checks one page on its own, from any thread; its links are checked by {@link #finish}. */
        public void page(String name, String html) {
            Path file = site.resolve(name).normalize();
            reports.put(file, checkPage(file, html, false));
        }

        /**
         * Checks every link once all files are declared and all pages handed over, and throws
         * every problem found.
         *
         * @param reread the text of a page again, to report its problems with line and column
         */
        public void finish(Function<String, String> reread) throws ContentException {
            List<PageReport> sorted = reports.values().stream().sorted(Comparator.comparing(PageReport::file)).toList();
            linkPass(sorted, file -> reread.apply(site.relativize(file).toString().replace('\\', '/')));
        }
    }

    /**
     * The second pass: every link against the files and ids of all pages, on every core (the ids
     * are all known now, and only read, so the threads share them safely). Pages with a problem are parsed again with positions tracked, to report them.
     *
     * @param reread a page's text again, or null when it cannot be read (its report says so)
     */
    private void linkPass(List<PageReport> reports, Function<Path, String> reread) throws ContentException {
        Map<Path, Ids> ids = new HashMap<>();
        for (PageReport r : reports) ids.put(r.file(), r.ids());
        List<PageReport> withProblems = Parallel.map(reports, r -> hasProblems(r, ids) ? r : null).stream()
                .filter(Objects::nonNull).toList();
        if (withProblems.isEmpty()) return;
        // Each problem at its source, with the built places it was seen at: one mistake in a
        // template or a page shows in several built files, and is reported once.
        Map<Problem, Seen> located = new LinkedHashMap<>();
        for (PageReport r : withProblems) {
            String html = reread.apply(r.file());
            for (Found f : problems(html == null ? r : checkPage(r.file(), html, true), ids)) {
                Place place = sources == null || html == null ? null : sources.place(site.relativize(r.file()).toString().replace('\\', '/'),
                        html, f.problem().line(), f.problem().column(), f.link());
                located.computeIfAbsent(located(f, place), k -> new Seen()).add(f.problem(), place);
            }
        }
        // A page's text is in the one-page chapter too: a mistake in it is reported once, from the page.
        Set<String> fromPages = new HashSet<>();
        located.forEach((p, seen) -> {
            if (!seen.onlyCopies) fromPages.add(p.file() + ":" + p.line());
        });
        Problems problems = new Problems();
        located.forEach((p, seen) -> {
            if (!seen.onlyCopies || !fromPages.contains(p.file() + ":" + p.line())) problems.add(seen.named(p));
        });
        problems.throwIfAny();
    }

    /** The built places one located problem was seen at. */
    private static final class Seen {
        private Problem first;
        private int count;
        private boolean template;
        boolean onlyCopies = true;

        void add(Problem built, Place place) {
            if (first == null) first = built;
            count++;
            onlyCopies &= place != null && place.copy();
            template |= place != null && place.origin() == Origin.TEMPLATE;
        }

        /** A problem in a template says where in the built files it shows. */
        Problem named(Problem p) {
            if (!template) return p;
            String where = first.file() + (first.line() > 0 ? ":" + first.line() + (first.column() > 0 ? ":" + first.column() : "") : "");
            Phrase others = count == 1 ? Phrase.of("check.no_other_places") : count == 2 ? Phrase.of("check.one_other_place")
                    : Phrase.of("check.other_places", "count", count - 1);
            return new Problem(p.file(), p.line(), p.column(), Phrase.of("check.in_place", "problem", p.message(), "where", where,
                    "others", others), p.hint());
        }
    }

    /** The problem at its source: the same one at the same place in two built files is then one problem. */
    private static Problem located(Found f, Place place) {
        Problem p = f.problem();
        if (place == null) return p;
        Phrase hint = place.origin() == Origin.MARKDOWN && f.markdownHint() != null ? f.markdownHint() : p.hint();
        return new Problem(place.file(), place.line(), place.column(), p.message(), hint);
    }

    /**
     * A problem as found in a built file, before it is put at its source.
     *
     * @param link         the address it is about, or null
     * @param markdownHint the hint when the HTML came from a page's Markdown, or null for the same hint
     */
    private record Found(Problem problem, String link, Phrase markdownHint) {
    }

    private boolean hasProblems(PageReport r, Map<Path, Ids> ids) {
        if (!r.problems().isEmpty()) return true;
        for (Link link : r.links()) if (broken(link, ids) != null) return true;
        return false;
    }

    /** The page's own problems and those of its links. */
    private List<Found> problems(PageReport r, Map<Path, Ids> ids) {
        List<Found> out = new ArrayList<>(r.problems());
        for (Link link : r.links()) {
            Broken broken = broken(link, ids);
            if (broken != null) out.add(problem(link, broken, r.shown()));
        }
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
    private record PageReport(Path file, String shown, List<Found> problems, Ids ids, List<Link> links) {
    }

    /**
     * A link to another file of the site, and an anchor on it, to check once every page's ids are
     * known. Found without positions (the first pass), it has no ref, line or column, and the
     * same link on many pages is one object ({@link #interned}): on a large site the reports
     * are held while the copy is zipped and the index written, and the navigation's links would
     * otherwise be millions of objects.
     *
     * @param fragment the anchor, or null for none
     * @param ref      the link as written, or null when it was found without positions
     */
    private record Link(Path target, String fragment, String ref, int line, int column) {
        Found problem(String shown, Phrase message) {
            return problem(shown, message, message.hint());
        }

        Found problem(String shown, Phrase message, Phrase hint) {
            return new Found(at(shown, line, column, message, hint), ref, null);
        }
    }

    /** A problem at a place on a page, or on the page when the place was not tracked (line 0). */
    private static Problem at(String shown, int line, int column, Phrase message) {
        return at(shown, line, column, message, message.hint());
    }

    private static Problem at(String shown, int line, int column, Phrase message, Phrase hint) {
        return line > 0 ? new Problem(shown, line, column, message, hint) : Problem.inFile(shown, message, hint);
    }

    /** The ids a page declares, sorted; their strings shared between pages ({@link #interned}). */
    private record Ids(String[] sorted) {
        static final Ids NONE = new Ids(new String[0]);

        boolean contains(String id) {
            return Arrays.binarySearch(sorted, id) >= 0;
        }
    }

    /** Equal links and ids of the first pass, one object each. */
    private final Map<Object, Object> interned = new ConcurrentHashMap<>();

    @SuppressWarnings("unchecked")
    private <T> T interned(T value) {
        return (T) interned.computeIfAbsent(value, v -> v);
    }

    private String shown(Path file) {
        return shownPrefix + site.relativize(file).toString().replace('\\', '/');
    }

    private PageReport checkPage(Path file, String html, boolean trackPositions) {
        String shown = shown(file);
        List<Found> problems = new ArrayList<>();
        Parser parser = Parser.htmlParser().setTrackErrors(MAX_PARSE_ERRORS).setTrackPosition(trackPositions);
        // jsoup takes U+FFFF for the end of its input, where a browser reads on: the same length
        // in U+FFFD, so that nothing after one goes unchecked and every position stays.
        Document doc = Jsoup.parse(html.indexOf('\uFFFF') < 0 ? html : html.replace('\uFFFF', '\uFFFD'), "", parser);
        LineIndex lines = parser.getErrors().isEmpty() ? null : new LineIndex(html);
        for (ParseError e : parser.getErrors()) {
            int line = lines.line(e.getPosition());
            problems.add(new Found(new Problem(shown, line + 1, e.getPosition() - lines.start(line) + 1,
                    Phrase.of("check.invalid_html", "detail", e.getErrorMessage())), null, Phrase.of("check.invalid_html.markdown_hint")));
        }
        boolean root404 = file.getFileName().toString().equals("404.html") && file.getParent().equals(site);
        // The 404 page is served at any address, so it links from the site's root ("/zoeken/…").
        PageScan scan = new PageScan(shown, problems, root404 ? site : null, file.getParent());
        NodeTraversor.traverse(scan, doc);
        if (scan.h1 != 1) {
            // At the second h1 when there is one: that is where the mistake is to be found.
            Phrase message = Phrase.of("check.h1_count", "count", scan.h1);
            Phrase hint = message.hint();
            problems.add(scan.secondH1 == null ? new Found(Problem.inFile(shown, message, hint), null, null)
                    : at(shown, scan.secondH1, message, hint, null, null));
        }
        List<Link> links = new ArrayList<>(scan.links.size());
        for (Element e : scan.links) {
            Range.Position start = e.sourceRange().start();
            Link link = resolve(file, e.hasAttr("href") ? e.attr("href") : e.attr("src"), root404,
                    start.isTracked() ? start.lineNumber() : 0, start.isTracked() ? start.columnNumber() : 0, shown, scan.ids, problems);
            if (link != null) links.add(trackPositions ? link : interned(new Link(link.target(), link.fragment(), null, 0, 0)));
        }
        String[] ids = scan.ids.toArray(new String[0]);
        Arrays.sort(ids);
        if (!trackPositions) for (int i = 0; i < ids.length; i++) ids[i] = interned(ids[i]);
        return new PageReport(file, shown, problems, ids.length == 0 ? Ids.NONE : new Ids(ids), links);
    }

    /**
     * Every per-page rule in one walk over the DOM (a selector pass per rule would walk each DOM
     * many times): heading count and order, unique ids, image alt text, what the
     * Content-Security-Policy would block, links to the site's own address, and the links to
     * check once every page is known.
     */
    private final class PageScan implements NodeVisitor {
        private static final Phrase CSP_HINT = Phrase.of("check.csp.hint");
        private static final Phrase CSP_MARKDOWN_HINT = Phrase.of("check.csp.markdown_hint");
        private static final Phrase FOREIGN_HINT = Phrase.of("check.foreign.hint");
        private static final Phrase SCHEME_HINT = Phrase.of("check.scheme.hint");
        private static final Phrase SCHEME_MARKDOWN_HINT = Phrase.of("markdown.link_scheme.hint");
        /** Elements that load or run another document or a plug-in; the templates make none. */
        private static final Set<String> FOREIGN = Set.of("iframe", "frame", "frameset", "object", "embed", "applet", "portal",
                "fencedframe", "base");

        private final String shown;
        private final List<Found> problems;
        private final Path root;
        private final Path folder;
        int h1;
        Element secondH1;
        private int previousHeading;
        final Set<String> ids = new HashSet<>();
        final List<Element> links = new ArrayList<>();

        /**
         * @param root   the site's root, where a form's action starting with '/' leads; null
         *               when the page may not use such addresses
         * @param folder the folder of the page, to resolve a form's action from
         */
        PageScan(String shown, List<Found> problems, Path root, Path folder) {
            this.shown = shown;
            this.problems = problems;
            this.root = root;
            this.folder = folder;
        }

        @Override
        public void head(Node node, int depth) {
            if (!(node instanceof Element e)) return;
            String tag = e.normalName();
            if (tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6') heading(e, tag);
            if (e.hasAttr("id") && !ids.add(e.id())) {
                Phrase twice = Phrase.of("check.id_twice", "id", e.id());
                problems.add(at(shown, e, twice, twice.hint(), null, Phrase.of("check.id_twice.markdown_hint")));
            }
            switch (tag) {
                case "img" -> {
                    if (!e.hasAttr("alt")) problems.add(at(shown, e, Phrase.of("check.no_alt", "src", e.attr("src")), Phrase.of("check.no_alt.hint"), e.attr("src"), null));
                    if (e.hasAttr("src")) links.add(e);
                }
                case "script" -> {
                    // A data block (schema.org JSON-LD) is never executed, so the policy does not apply to it.
                    if (e.hasAttr("src")) {
                        links.add(e);
                        String src = e.attr("src");
                        if (UrlPolicy.scheme(src) != null) problems.add(at(shown, e, Phrase.of("check.foreign_script", "src", UrlPolicy.shown(src)), CSP_HINT, src, null));
                    } else if (!e.attr("type").strip().equalsIgnoreCase("application/ld+json")) {
                        problems.add(at(shown, e, Phrase.of("check.inline_script"), CSP_HINT, null, CSP_MARKDOWN_HINT));
                    }
                }
                case "style" -> problems.add(at(shown, e, Phrase.of("check.inline_style"), CSP_HINT, null, CSP_MARKDOWN_HINT));
                case "meta" -> {
                    if (e.attr("http-equiv").strip().equalsIgnoreCase("refresh")) {
                        problems.add(at(shown, e, Phrase.of("check.meta_refresh"), FOREIGN_HINT, null, null));
                    }
                }
                case "form" -> {
                    if (!isSearchForm(e)) {
                        problems.add(at(shown, e, Phrase.of("check.form", "action", UrlPolicy.shown(e.attr("action"))),
                                Phrase.of("check.form.hint", "page", SEARCH_PAGE), e.attr("action"), null));
                    }
                }
                case "a", "link" -> {
                    if (e.hasAttr("href")) links.add(e);
                }
                default -> {
                }
            }
            if (FOREIGN.contains(tag)) problems.add(at(shown, e, Phrase.of("check.foreign_element", "tag", tag), FOREIGN_HINT, null, null));
            inlineAttributes(e);
            if (ownAddress != null) ownAddress(e);
        }

        /** The site's own search form: GET to the search page, without a scheme, host or query of its own. */
        private boolean isSearchForm(Element form) {
            String method = form.attr("method").strip();
            String action = UrlPolicy.clean(form.attr("action"));
            if (!method.isEmpty() && !method.equalsIgnoreCase("get")) return false;
            if (action.isEmpty() || UrlPolicy.scheme(action) != null || action.startsWith("//") || action.contains("?")
                    || action.contains("#") || action.contains("\\") || action.startsWith("/") && root == null) {
                return false;
            }
            try {
                Path target = (action.startsWith("/") ? root.resolve(action.substring(1)) : folder.resolve(action)).normalize();
                return (servesFolders && action.endsWith("/") ? target.resolve("index.html") : target).equals(site.resolve(SEARCH_PAGE));
            } catch (java.nio.file.InvalidPathException ex) {
                return false;
            }
        }

        private void heading(Element h, String tag) {
            int level = tag.charAt(1) - '0';
            if (level == 1 && ++h1 == 2) secondH1 = h;
            if (level > previousHeading + 1) {
                Phrase order = previousHeading == 0 ? Phrase.of("check.heading_first", "tag", tag, "text", h.text())
                        : Phrase.of("check.heading_order", "tag", tag, "text", h.text(), "previous", previousHeading);
                problems.add(at(shown, h, order, Phrase.of("check.heading_order.hint", "level", previousHeading + 1), null, null));
            }
            previousHeading = level;
        }

        /**
         * What the Content-Security-Policy (no 'unsafe-inline', no data: images) would block, and
         * what would run code however the site is served: event handlers, srcdoc, and addresses
         * whose scheme is not http, https or mailto, read as a browser reads them.
         */
        private void inlineAttributes(Element e) {
            for (Attribute a : e.attributes()) {
                String name = a.getKey().toLowerCase(Locale.ROOT);
                if (name.equals("style")) problems.add(at(shown, e, Phrase.of("check.style_attribute", "tag", e.tagName()), CSP_HINT, null, CSP_MARKDOWN_HINT));
                else if (name.startsWith("on")) {
                    problems.add(at(shown, e, Phrase.of("check.event_handler", "name", name, "tag", e.tagName()), CSP_HINT, null, CSP_MARKDOWN_HINT));
                }
                else if (name.equals("srcdoc")) problems.add(at(shown, e, Phrase.of("check.srcdoc", "tag", e.tagName()), FOREIGN_HINT, null, null));
                else if (UrlPolicy.ATTRIBUTES.contains(name)) addresses(e, name, a.getValue());
            }
        }

        private void addresses(Element e, String name, String value) {
            for (String url : UrlPolicy.addresses(name, value)) {
                String scheme = UrlPolicy.scheme(url);
                if (scheme != null && !UrlPolicy.SCHEMES.contains(scheme)) {
                    boolean data = scheme.equals("data");
                    problems.add(at(shown, e, Phrase.of("check.scheme", "scheme", scheme, "name", name, "tag", e.tagName()), data ? CSP_HINT : SCHEME_HINT, value,
                            data ? CSP_MARKDOWN_HINT : SCHEME_MARKDOWN_HINT));
                } else {
                    UrlPolicy.check(url).ifPresent(r -> problems.add(at(shown, e, Phrase.of("check.address", "problem", r.message(), "name", name, "tag", e.tagName()),
                            r.hint(), value, null)));
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
                Phrase own = Phrase.of("check.own_address", "url", ref);
                problems.add(at(shown, e, own, own.hint(), ref, null));
            }
        }
    }

    /**
     * A problem at the start tag of an element (line and column as the parser tracked them).
     *
     * @param link         the address it is about, or null
     * @param markdownHint the hint when the element was written in a page's Markdown, or null for the same hint
     */
    private static Found at(String shown, Element e, Phrase message, Phrase hint, String link, Phrase markdownHint) {
        Range.Position start = e.sourceRange().start();
        Problem p = start.isTracked() ? at(shown, start.lineNumber(), start.columnNumber(), message, hint) : Problem.inFile(shown, message, hint);
        return new Found(p, link, markdownHint);
    }

    /**
     * What can be told of a link on its own page: problems with how it is written, and its
     * anchor when it points into the page itself. Returns the link to check against the other
     * files and pages, or null when there is nothing more to check (an external link, or one
     * with a problem already).
     */
    private Link resolve(Path from, String ref, boolean absoluteAllowed, int line, int column, String shown, Set<String> ownIds,
                         List<Found> problems) {
        if (ref.isEmpty()) {
            problems.add(new Found(at(shown, line, column, Phrase.of("check.empty_link")), ref, null));
            return null;
        }
        // An address with a scheme is external: not checked offline (its scheme is, by PageScan).
        // Asked first, as a browser reads it: java.net.URI refuses addresses browsers take.
        if (UrlPolicy.scheme(ref) != null) return null;
        URI uri;
        try {
            uri = new URI(ref);
        } catch (URISyntaxException e) {
            problems.add(new Found(at(shown, line, column, Phrase.of("check.malformed_link", "url", ref)), ref, null));
            return null;
        }
        if (uri.getRawAuthority() != null) {
            // "//host/path" takes the page's scheme: from disk that is file://host/path, which does not exist.
            problems.add(new Found(at(shown, line, column, Phrase.of("check.protocol_relative", "url", ref)), ref, null));
            return null;
        }
        String path = uri.getPath() == null ? "" : uri.getPath();
        String fragment = uri.getFragment() == null || uri.getFragment().isEmpty() ? null : uri.getFragment();
        if (path.isEmpty()) {
            if (fragment != null && !ownIds.contains(fragment)) {
                problems.add(new Found(at(shown, line, column, Phrase.of("check.broken_anchor", "url", ref, "id", fragment)), ref, null));
            }
            return null;
        }
        Path target;
        if (path.startsWith("/")) {
            if (!absoluteAllowed) {
                problems.add(new Found(at(shown, line, column, Phrase.of("check.root_relative", "url", ref)), ref, null));
                return null;
            }
            target = site.resolve(path.substring(1)).normalize();
        } else {
            target = from.getParent().resolve(path).normalize();
        }
        if (servesFolders && path.endsWith("/")) target = target.resolve("index.html");
        return new Link(target, fragment, ref, line, column);
    }

    /** Why a link to another file does not resolve, once every file and page is known. */
    private enum Broken {
        FOLDER, NO_FILE, NO_ANCHOR
    }

    /** @return why the link does not resolve, or null when it does */
    private Broken broken(Link link, Map<Path, Ids> ids) {
        Path target = link.target();
        if (folders.contains(target)) return Broken.FOLDER;
        if (!target.startsWith(site) || !files.contains(target)) return Broken.NO_FILE;
        if (link.fragment() != null && target.toString().endsWith(".html") && !ids.getOrDefault(target, Ids.NONE).contains(link.fragment())) {
            return Broken.NO_ANCHOR;
        }
        return null;
    }

    private Found problem(Link link, Broken broken, String shown) {
        String ref = link.ref();
        return switch (broken) {
            case FOLDER -> link.problem(shown, Phrase.of(servesFolders ? "check.folder_link_slash" : "check.folder_link", "url", ref));
            case NO_FILE -> link.problem(shown, Phrase.of("check.broken_link", "url", ref));
            case NO_ANCHOR -> link.problem(shown, Phrase.of("check.broken_anchor", "url", ref, "id", link.fragment()));
        };
    }
}
