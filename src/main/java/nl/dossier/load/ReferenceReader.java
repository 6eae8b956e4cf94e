package nl.dossier.load;

import nl.dossier.model.Problem;
import nl.dossier.model.Reference;
import nl.dossier.model.SourceFile;
import nl.dossier.model.Phrase;
import nl.dossier.model.UrlPolicy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/** Reads {@code content/references.yaml}: the numbered sources cited in the text. */
final class ReferenceReader {
    static final Set<String> KEYS = Set.of("id", "kind", "authors", "title", "place", "publisher", "year",
            "kamerstuk", "staatsblad", "url", "note");
    static final Set<String> KINDS = Set.of("kamerstuk", "staatsblad", "kamervragen", "rapport", "boek",
            "webpagina", "nieuwsbericht", "brief", "toespraak");
    /** Parliamentary paper: dossier number, optional sub-number, document number, e.g. 29911-79 or 36463-2. */
    static final Pattern KAMERSTUK = Pattern.compile("\\d{4,6}(-[A-Z0-9]{1,4})?-\\d{1,4}");
    static final Pattern STAATSBLAD = Pattern.compile("(19|20)\\d{2}-\\d{1,4}");

    private final SourceFile source;
    private final Consumer<Problem> report;

    ReferenceReader(SourceFile source, Consumer<Problem> report) {
        this.source = source;
        this.report = report;
    }

    List<Reference> read() {
        List<Reference> out = new ArrayList<>();
        Map<Integer, Integer> seen = new HashMap<>();
        for (YamlMap m : ListFile.entries(source, report, Phrase.of("references.empty"), Phrase.of("references.not_list"),
                Phrase.of("references.each"))) {
            m.rejectUnknownKeys(KEYS, Phrase.of("references.where"));
            Integer id = m.integer("id", true, 1);
            String kind = m.text("kind", true);
            String title = m.text("title", true);
            String kamerstuk = m.text("kamerstuk", false);
            String staatsblad = m.text("staatsblad", false);
            String url = m.text("url", false);
            Integer year = m.integer("year", false, 1800);
            boolean ok = id != null && kind != null && title != null;
            if (kind != null && !KINDS.contains(kind)) {
                String near = Suggest.closest(kind, KINDS);
                m.problemAtKey("kind", Phrase.of("references.unknown_kind", "kind", kind), near != null ? Phrase.of("did_you_mean", "name", near)
                        : Phrase.of("references.kinds", "kinds", String.join(", ", KINDS.stream().sorted().toList())));
                ok = false;
            }
            if (kamerstuk != null && !KAMERSTUK.matcher(kamerstuk).matches()) {
                m.problemAtKey("kamerstuk", Phrase.of("references.bad_kamerstuk", "value", kamerstuk));
                ok = false;
            }
            if (staatsblad != null && !STAATSBLAD.matcher(staatsblad).matches()) {
                m.problemAtKey("staatsblad", Phrase.of("references.bad_staatsblad", "value", staatsblad));
                ok = false;
            }
            if ("kamerstuk".equals(kind) && kamerstuk == null && m.has("id")) {
                m.problemAtKey("kind", Phrase.of("references.needs_kamerstuk"));
                ok = false;
            }
            if ("staatsblad".equals(kind) && staatsblad == null && m.has("id")) {
                m.problemAtKey("kind", Phrase.of("references.needs_staatsblad"));
                ok = false;
            }
            var refusal = url == null ? java.util.Optional.<UrlPolicy.Refusal>empty() : UrlPolicy.checkWebAddress(url);
            if (refusal.isPresent()) {
                m.problemAtKey("url", refusal.get().message(), refusal.get().hint());
                ok = false;
            }
            if (url != null && (kamerstuk != null || staatsblad != null)) {
                m.problemAtKey("url", Phrase.of("references.automatic_link"));
                ok = false;
            }
            if (id != null) {
                Integer previous = seen.putIfAbsent(id, m.line());
                if (previous != null) {
                    m.problemAtKey("id", Phrase.of("references.twice", "id", id, "line", previous));

                    ok = false;
                }
            }
            if (ok) {
                out.add(new Reference(id, kind, m.textList("authors"), title, m.text("place", false),
                        m.text("publisher", false), year, kamerstuk, staatsblad, url, m.text("note", false),
                        source.displayPath(), m.line()));
            }
        }
        out.sort(java.util.Comparator.comparingInt(Reference::id));
        return List.copyOf(out);
    }
}
