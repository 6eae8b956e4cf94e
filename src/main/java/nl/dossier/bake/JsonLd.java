package nl.dossier.bake;

import nl.dossier.model.Json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The schema.org description of a page (Article or WebPage, and its BreadcrumbList) as a JSON
 * string for a {@code <script type="application/ld+json">} data block. The block is data, never
 * executed, so it is allowed under a Content-Security-Policy without 'unsafe-inline'.
 *
 * <p>The string is printed unescaped ({@code ?no_esc}) inside a script element, so it must never
 * contain {@code </script}, {@code <!--} or a raw line separator: {@link #write} escapes
 * {@code <}, {@code >} and {@code &} as {@code \u003c}-style escapes (still valid JSON with the same value).
 */
final class JsonLd {
    /** An address with a scheme ("https:", "mailto:"), compiled once: it is asked of every crumb of every page of both editions. */
    private static final Pattern ABSOLUTE = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:.*");
    private JsonLd() {
    }

    /**
     * @param model the page's template model (type, title, summary, canonicalUrl, breadcrumbs, …)
     * @param baseUrl the site's address without trailing slash, to make breadcrumb links absolute
     */
    static String of(Map<String, Object> model, String baseUrl, String siteName, String publisher) {
        String type = (String) model.get("type");
        String url = (String) model.get("canonicalUrl");
        boolean article = type.equals("home") || type.equals("page");
        String number = (String) model.getOrDefault("number", "");
        String title = (String) model.get("title");
        String headline = number == null || number.isEmpty() ? title : number + " " + title;

        Map<String, Object> page = new LinkedHashMap<>();
        page.put("@type", article ? "Article" : "WebPage");
        page.put("@id", url + "#" + (article ? "artikel" : "pagina"));
        page.put(article ? "headline" : "name", headline);
        String summary = (String) model.get("summary");
        if (summary != null && !summary.isEmpty()) page.put("description", summary);
        page.put("inLanguage", ((Map<?, ?>) model.get("site")).get("language"));
        page.put("url", url);
        if (article) page.put("mainEntityOfPage", url);
        Object updated = model.get("updated");
        if (updated != null) page.put("dateModified", updated);
        if (publisher != null && !publisher.isEmpty()) page.put("publisher", object("@type", "Organization", "name", publisher));
        page.put("isPartOf", object("@type", "WebSite", "name", siteName, "url", baseUrl + "/"));

        List<Object> graph = new ArrayList<>();
        graph.add(page);
        List<Map<String, Object>> items = breadcrumbItems(model, baseUrl, url);
        if (items.size() > 1) {
            graph.add(object("@type", "BreadcrumbList", "@id", url + "#kruimelpad", "itemListElement", items));
            page.put("breadcrumb", object("@id", url + "#kruimelpad"));
        }
        return write(object("@context", "https://schema.org", "@graph", graph));
    }

    /**
     * The breadcrumbs as schema.org ListItems with absolute URLs. A BreadcrumbList lists each page
     * once, so an entry whose URL repeats an earlier one replaces it (the later name is the more
     * descriptive one).
     */
    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> breadcrumbItems(Map<String, Object> model, String baseUrl, String selfUrl) {
        Map<String, String> byUrl = new LinkedHashMap<>();
        List<Map<String, Object>> crumbs = (List<Map<String, Object>>) model.getOrDefault("breadcrumbs", List.of());
        for (Map<String, Object> c : crumbs) {
            String u = (String) c.get("url");
            String abs = u == null || u.isEmpty() ? selfUrl
                    : ABSOLUTE.matcher(u).matches() ? u
                    : baseUrl + "/" + (u.startsWith("./") ? u.substring(2) : u);
            byUrl.remove(abs);
            byUrl.put(abs, (String) c.get("title"));
        }
        List<Map<String, Object>> items = new ArrayList<>();
        int position = 1;
        for (var e : byUrl.entrySet()) {
            items.add(object("@type", "ListItem", "position", position++, "name", e.getValue(), "item", e.getKey()));
        }
        return items;
    }

    /** A JSON object with its keys in the given order (Map.of's order varies between runs). */
    private static Map<String, Object> object(Object... keysAndValues) {
        return TemplateData.map(keysAndValues);
    }

    static String write(Object value) {
        return Json.write(value);
    }
}
