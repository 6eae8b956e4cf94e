package nl.dossier.bake;

import nl.dossier.link.LinkedPage;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Page bodies as moved onto the one-page chapter ({@link InPageLinks#move}), kept between the
 * bakes of {@code serve} and between the two bakes of a build (hosted site and offline copy).
 * The one-page chapter holds every page, so it changes with every edit; moving all bodies again
 * (a parse and a rewrite of each page) would make every edit cost as much as the whole site. A body is
 * moved again only when its page's HTML changed, and all are when the set of pages (and so the
 * in-page anchors) changed.
 */
final class MovedBodies {
    /** A moved body and the page's HTML it was moved from (the page's own String, no copy). */
    private record Moved(String html, String body) {
    }

    private final Map<String, Moved> byUri = new ConcurrentHashMap<>();
    private Map<String, String> prefixes = Map.of();

    MovedBodies() {
    }

    /** The anchors of this bake: page → prefix. Different anchors invalidate every kept body. */
    synchronized void anchors(Map<String, String> prefixes) {
        if (!prefixes.equals(this.prefixes)) {
            byUri.clear();
            this.prefixes = Map.copyOf(prefixes);
        }
    }

    /** The page's body as last moved, or null when none is kept. */
    String moved(String uri) {
        Moved kept = byUri.get(uri);
        return kept == null ? null : kept.body();
    }

    String body(InPageLinks links, LinkedPage page) {
        String html = page.html();
        Moved kept = byUri.get(page.uri());
        if (kept != null && kept.html().equals(html)) return kept.body();
        String body = links.move(html, page.uri());
        byUri.put(page.uri(), new Moved(html, body));
        return body;
    }
}
