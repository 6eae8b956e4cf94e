package nl.dossier.bake;

import nl.dossier.link.CitationUse;
import nl.dossier.link.LinkedPage;
import nl.dossier.link.Section;
import nl.dossier.link.SiteGraph;
import nl.dossier.model.GlossaryTerm;
import nl.dossier.model.Messages;
import nl.dossier.model.PageSource;
import nl.dossier.model.Parallel;
import nl.dossier.model.Reference;
import nl.dossier.model.SiteSettings;
import nl.dossier.render.ReferenceFormatter;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns the site graph into the plain maps and lists the templates see (docs/templates.md).
 * Templates get strings, lists and maps only, never Java objects, so they cannot call code.
 */
public final class TemplateData {
    /** The whole chapter on one page. */
    static final String COMPLETE = "volledig/index.html";

    private final SiteGraph graph;
    private final SiteSettings site;
    /** The words of the site's language (templates/messages/), for the text the engine makes. */
    private final Messages words;
    private final MessagesModel messagesModel;
    private final Map<String, Object> siteMap;
    private final Edition edition;
    private final LocalDate newest;
    private final Map<String, Object> downloads;
    private List<Map<String, Object>> areas;
    private final MovedBodies movedBodies;
    private List<Map<String, Object>> bibliography;
    private List<Map<String, Object>> terms;
    private List<Map<String, Object>> updates;
    /** A page's entry for each reference it cites, made once per reference, not once per page. */
    private final Map<Integer, Map<String, Object>> referenceEntries = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<LinkedPage, Map<String, String>> sectionTitles = new ConcurrentHashMap<>();

    /**
     * @param edition     the hosted site or the offline copy
     * @param assets      asset path → published path, see {@link AssetCopier#manifest}
     * @param movedBodies the one-page chapter's page bodies from earlier bakes
     */
    TemplateData(SiteGraph graph, Edition edition, Map<String, String> assets, MovedBodies movedBodies) {
        this.movedBodies = movedBodies;
        this.graph = graph;
        this.edition = edition;
        this.site = graph.content().site();
        this.words = graph.content().messages();
        this.messagesModel = new MessagesModel(words);
        this.siteMap = siteMap(site);
        this.newest = newestUpdate(graph);
        this.downloads = downloads(edition, site.onePage(), words.locale());
        this.siteMap.put("assets", assets);
    }

    // The global lists are computed when a template first asks for them: a live rebuild that
    // renders one page never builds them.

    public synchronized List<Map<String, Object>> areas() {
        if (areas == null) areas = graph.areas().stream().map(this::summary).toList();
        return areas;
    }

    public synchronized List<Map<String, Object>> bibliography() {
        if (bibliography == null) bibliography = graph.content().references().stream().map(this::bibliographyEntry).toList();
        return bibliography;
    }

    public synchronized List<Map<String, Object>> terms() {
        if (terms == null) terms = graph.content().glossary().stream().map(this::termEntry).toList();
        return terms;
    }

    public synchronized List<Map<String, Object>> updates() {
        if (updates == null) {
            List<LinkedPage> byDate = new ArrayList<>(graph.pages());
            byDate.sort(Comparator.comparing((LinkedPage p) -> p.source().updated()).reversed()
                    .thenComparingInt(p -> p.source().order()));
            updates = byDate.stream().map(this::summary).toList();
        }
        return updates;
    }

    /** Whether this is the offline copy's data. */
    boolean offline() {
        return edition.offline();
    }

    /** The date of an edition: its most recently updated page. */
    public static LocalDate newestUpdate(SiteGraph graph) {
        LocalDate newest = LocalDate.EPOCH;
        for (LinkedPage p : graph.pages()) {
            LocalDate updated = p.source().updated();
            if (updated != null && updated.isAfter(newest)) newest = updated;
        }
        return newest;
    }

    /** Links to the one-page chapter and the downloads; a path is empty where there is nothing to link to. */
    private static Map<String, Object> downloads(Edition e, boolean onePage, Locale locale) {
        return map("completeUrl", onePage ? "volledig/" : "",
                "zipUrl", e.zip() == null ? "" : e.zip().url(), "zipSize", e.zip() == null ? "" : sizeText(e.zip().bytes(), locale),
                "pdfUrl", e.pdf() == null ? "" : e.pdf().url(), "pdfSize", e.pdf() == null ? "" : sizeText(e.pdf().bytes(), locale));
    }

    /** A file size as a reader of the language expects it: "312 kB", "1,4 MB" or "1.4 MB"; empty when not known. */
    static String sizeText(long bytes, Locale locale) {
        if (bytes <= 0) return "";
        if (bytes < 1_000_000) return Math.max(1, Math.round(bytes / 1000.0)) + " kB";
        return String.format(locale, "%.1f MB", bytes / 1_000_000.0);
    }

    private static Map<String, Object> siteMap(SiteSettings s) {
        return map("title", s.title(), "siteName", s.siteName(), "edition", s.edition(), "publisher", s.publisher(),
                "baseUrl", s.baseUrl(), "repository", s.repository(), "language", s.language(), "parentTitle", s.parentTitle(),
                "parentUrl", s.parentUrl(), "feedUrl", s.baseUrl() + "/feed.xml", "onePage", s.onePage());
    }

    String absoluteUrl(String uri) {
        String path = uri.endsWith("index.html") ? uri.substring(0, uri.length() - "index.html".length()) : uri;
        return site.baseUrl() + "/" + path;
    }

    private Map<String, Object> summary(LinkedPage p) {
        PageSource s = p.source();
        return map("title", s.title(), "number", s.number(), "summary", s.summary(), "url", p.url(),
                "absoluteUrl", absoluteUrl(p.uri()), "updated", s.updated().toString());
    }

    /** The same for every page, so made once: made per page, the formatted references would be held once per citing page. */
    private Map<String, Object> referenceEntry(int id) {
        Reference r = graph.reference(id);
        return Map.of("id", Integer.toString(id), "anchor", r.anchor(), "html", ReferenceFormatter.html(r, words),
                "url", r.link() == null ? "" : r.link());
    }

    private Map<String, Object> bibliographyEntry(Reference r) {
        List<Map<String, Object>> citedBy = new ArrayList<>();
        Set<String> sections = new HashSet<>();
        for (CitationUse use : graph.citationsOf(r)) {
            String number = use.section() == null ? "" : use.section();
            if (!sections.add(number)) continue;
            String title = sectionTitles.computeIfAbsent(use.page(), TemplateData::sectionTitles)
                    .getOrDefault(number, use.page().source().title());
            citedBy.add(Map.of("title", title, "number", number, "url", use.url()));
        }
        return map("id", Integer.toString(r.id()), "anchor", r.anchor(), "html", ReferenceFormatter.html(r, words),
                "url", r.link() == null ? "" : r.link(), "citedBy", citedBy);
    }

    /** A page's section titles by number, made once per page. */
    private static Map<String, String> sectionTitles(LinkedPage page) {
        Map<String, String> titles = new HashMap<>();
        for (Section s : page.sections()) if (s.number() != null) titles.put(s.number(), s.title());
        return titles;
    }

    private Map<String, Object> termEntry(GlossaryTerm t) {
        List<Map<String, Object>> related = new ArrayList<>();
        for (String r : t.related()) {
            related.add(Map.of("term", r, "anchor", new GlossaryTerm(r, "", "", List.of(), "", 0).anchor()));
        }
        List<Map<String, Object>> usedOn = new ArrayList<>();
        for (LinkedPage p : graph.pagesUsing(t)) usedOn.add(Map.of("title", p.source().title(), "url", p.url()));
        return map("term", t.term(), "anchor", t.anchor(), "name", t.name(), "description", t.description(),
                "related", related, "usedOn", usedOn);
    }

    /** The model of one output document: what every template gets as {@code content}. */
    Map<String, Object> document(String type, String uri, String root, String title, String summary) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", type);
        m.put("uri", uri);
        m.put("root", root);
        m.put("site", siteMap);
        m.put("title", title);
        m.put("summary", summary);
        m.put("canonicalUrl", absoluteUrl(uri));
        m.put("offline", edition.offline());
        m.put("editionDate", newest.toString());
        m.put("editionDateText", words.date(newest));
        m.put("downloads", downloads);
        // The monitor's level above this chapter › the chapter (this site's home page) › this
        // page: each place once, from the outside in; the last crumb is the current page (the
        // layout marks it aria-current).
        List<Map<String, Object>> crumbs = new ArrayList<>();
        crumbs.add(crumb(site.parentTitle(), site.parentUrl()));
        LinkedPage home = graph.home();
        if (!type.equals("home") && home != null) {
            crumbs.add(crumb(home.source().number() + " " + home.source().title(), home.url()));
        }
        crumbs.add(crumb(title, ""));
        m.put("breadcrumbs", crumbs);
        m.put("jsonLd", JsonLd.of(m, site.baseUrl(), site.siteName(), site.publisher()));
        return m;
    }

    Map<String, Object> page(LinkedPage p, LinkedPage prev, LinkedPage next) {
        PageSource s = p.source();
        String type = s.isHome() ? "home" : "page";
        Map<String, Object> m = document(type, p.uri(), p.root(), s.title(), s.summary());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> crumbs = (List<Map<String, Object>>) m.get("breadcrumbs");
        crumbs.set(crumbs.size() - 1, crumb(s.number() + " " + s.title(), ""));
        m.put("number", s.number());
        m.put("updated", s.updated().toString());
        m.put("updatedText", words.date(s.updated()));
        // The page's own String: SiteRender prints it as this edition does (#body) when it renders the page.
        m.put("body", p.html());
        List<Map<String, Object>> toc = new ArrayList<>();
        for (Section sec : p.sections()) {
            if (sec.level() != 2) continue;
            toc.add(Map.of("id", sec.id(), "title", sec.title(), "number", sec.number() == null ? "" : sec.number()));
        }
        m.put("toc", toc);
        List<Map<String, Object>> refs = new ArrayList<>();
        for (int id : p.cited()) refs.add(referenceEntries.computeIfAbsent(id, this::referenceEntry));
        m.put("references", refs);
        if (prev != null) m.put("prev", link(prev));
        if (next != null) m.put("next", link(next));
        m.put("editUrl", site.repository() + "/edit/" + site.branch() + "/" + s.source().displayPath());
        m.put("citation", citation(s, absoluteUrl(p.uri())));
        m.put("jsonLd", JsonLd.of(m, site.baseUrl(), site.siteName(), site.publisher()));
        return m;
    }

    /**
     * The whole chapter on one page ({@code volledig/index.html}) in reading order: each page's
     * text and reference list with ids prefixed per page and links made in-page (InPageLinks),
     * then the glossary, whose terms the text links to.
     */
    Map<String, Object> complete() {
        String uri = COMPLETE;
        LinkedPage home = graph.home();
        Map<String, String> prefixes = new LinkedHashMap<>();
        for (LinkedPage p : graph.pages()) prefixes.put(p.uri(), p.source().isHome() ? "inleiding" : p.source().slug());
        prefixes.put("begrippen/index.html", "begrippen");
        InPageLinks links = new InPageLinks(prefixes, uri);
        movedBodies.anchors(prefixes);
        Map<String, Object> m = document("complete", uri, "../", home.source().title(),
                words.format("complete_description", Map.of("number", home.source().number())));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> crumbs = (List<Map<String, Object>>) m.get("breadcrumbs");
        crumbs.set(crumbs.size() - 1, crumb(words.text("complete_title"), ""));
        m.put("number", home.source().number());
        m.put("updated", newest.toString());
        m.put("updatedText", words.date(newest));
        // Moving a body is a parse and a rewrite of the page: on both cores, in reading order.
        List<String> bodies = Parallel.map(graph.pages(), p -> body(movedBodies.body(links, p)));
        List<Map<String, Object>> parts = new ArrayList<>();
        for (int i = 0; i < graph.pages().size(); i++) {
            LinkedPage p = graph.pages().get(i);
            String prefix = prefixes.get(p.uri());
            PageSource s = p.source();
            Map<String, Object> part = map("anchor", prefix, "title", s.title(), "number", s.number(),
                    "summary", s.isHome() ? "" : s.summary(), "updated", s.updated().toString(), "updatedText", words.date(s.updated()),
                    "url", p.url(), "body", bodies.get(i));
            List<Map<String, Object>> refs = new ArrayList<>();
            for (int id : p.cited()) {
                Reference r = graph.reference(id);
                refs.add(Map.of("id", Integer.toString(id), "anchor", InPageLinks.id(prefix, r.anchor()),
                        "html", ReferenceFormatter.html(r, words)));
            }
            part.put("references", refs);
            part.put("referencesAnchor", InPageLinks.id(prefix, "aanvullende-informatie"));
            parts.add(part);
        }
        m.put("parts", parts);
        m.put("glossaryAnchor", "begrippen");
        m.put("jsonLd", JsonLd.of(m, site.baseUrl(), site.siteName(), site.publisher()));
        return m;
    }

    /** A page's text as this edition prints it: in the offline copy its links to folders end in index.html. */
    String body(String html) {
        return edition.offline() ? FolderLinks.withIndexFiles(html) : html;
    }

    /** The "Hoe te verwijzen" text, in the form of the message {@code how_to_cite}, with the date the page was last updated. */
    String citation(PageSource s, String url) {
        return words.format("how_to_cite", Map.of("site_name", site.siteName(), "edition", site.edition(),
                "number", s.number(), "title", s.title(), "url", url, "publisher", site.publisher(),
                "updated", words.date(s.updated())));
    }

    /** A message of the site's language, for the titles of the documents the engine adds (SiteCrawler). */
    String text(String key) {
        return words.text(key);
    }

    /** The messages as templates read them ({@code messages.key}). */
    MessagesModel messagesModel() {
        return messagesModel;
    }

    private static Map<String, Object> link(LinkedPage p) {
        return Map.of("title", p.source().title(), "number", p.source().number(), "url", p.url());
    }

    /** A map with its keys in the given order, values possibly null (which Map.of refuses): templates and JSON-LD read it. */
    static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        return m;
    }

    private static Map<String, Object> crumb(String title, String url) {
        return Map.of("title", title, "url", url);
    }
}
