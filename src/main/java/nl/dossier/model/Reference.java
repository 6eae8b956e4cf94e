package nl.dossier.model;

import java.util.List;

/** One entry of "Aanvullende informatie", from {@code content/references.yaml}. */
public record Reference(
        int id,
        String kind,
        List<String> authors,
        String title,
        String place,
        String publisher,
        Integer year,
        String kamerstuk,
        String staatsblad,
        String url,
        String note,
        String file,
        int line) {

    /** The link for this reference: given, or derived from the kamerstuk/Staatsblad number. */
    public String link() {
        if (kamerstuk != null) return "https://zoek.officielebekendmakingen.nl/kst-" + kamerstuk + ".html";
        if (staatsblad != null) return "https://zoek.officielebekendmakingen.nl/stb-" + staatsblad + ".html";
        return url;
    }

    public String anchor() {
        return "bron-" + id;
    }
}
