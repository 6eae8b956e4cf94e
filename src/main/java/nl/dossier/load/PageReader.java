package nl.dossier.load;

import nl.dossier.model.PageSource;
import nl.dossier.model.Problem;
import nl.dossier.model.Slugs;
import nl.dossier.model.SourceFile;
import nl.dossier.model.Phrase;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/** Reads one Markdown page: front matter checked against the page schema, body kept as text. */
final class PageReader {
    static final Set<String> KEYS = Set.of("title", "number", "order", "summary", "updated");
    private static final Pattern NUMBER = Pattern.compile("\\d+(\\.\\d+)*");

    private final SourceFile source;
    private final Consumer<Problem> report;
    private final java.util.function.Function<SourceFile, LocalDate> fallbackUpdated;

    PageReader(SourceFile source, Consumer<Problem> report) {
        this(source, report, s -> null);
    }

    /** @param fallbackUpdated the date for a page without 'updated' (git history, file time); null makes 'updated' required */
    PageReader(SourceFile source, Consumer<Problem> report, java.util.function.Function<SourceFile, LocalDate> fallbackUpdated) {
        this.source = source;
        this.report = report;
        this.fallbackUpdated = fallbackUpdated;
    }

    Optional<PageSource> read() {
        String name = source.path().getFileName().toString();
        String slug = name.substring(0, name.length() - ".md".length());
        boolean ok = true;
        if (!slug.equals("index") && !Slugs.VALID.matcher(slug).matches()) {
            report.accept(Problem.inFile(source.displayPath(), Phrase.of("page.bad_name", "name", name, "slug", Slugs.slugify(slug))));
            ok = false;
        }
        if (source.text().isBlank()) {
            report.accept(new Problem(source.displayPath(), 1, 1, Phrase.of("page.empty")));
            return Optional.empty();
        }
        FrontMatter fm = FrontMatter.split(source.text());
        if (fm == null) {
            report.accept(new Problem(source.displayPath(), 1, 1, Phrase.of("page.no_front_matter")));
            return Optional.empty();
        }
        if (!fm.closed()) {
            report.accept(new Problem(source.displayPath(), 1, 1, Phrase.of("page.front_matter_open")));
            return Optional.empty();
        }
        var node = YamlMap.parse(fm.yaml, source, fm.yamlLine - 1, report, Phrase.of("page.front_matter_empty"));
        if (node.isEmpty()) return Optional.empty();
        var map = YamlMap.of(node.get(), source, fm.yamlLine - 1, report, Phrase.of("page.front_matter"));
        if (map.isEmpty()) return Optional.empty();
        YamlMap m = map.get();
        m.rejectUnknownKeys(KEYS, Phrase.of("page.in_front_matter"));
        String title = m.text("title", true);
        String number = m.text("number", true);
        Integer order = m.integer("order", true, 0);
        String summary = m.text("summary", true);
        LocalDate updated;
        if (m.has("updated")) {
            updated = m.date("updated", true);
        } else {
            // Optional: without it the date comes from git history, or else from the file's time.
            updated = fallbackUpdated.apply(source);
            if (updated == null) updated = m.date("updated", true);
        }
        if (number != null && !NUMBER.matcher(number).matches()) {
            m.problemAtKey("number", Phrase.of("page.bad_number", "value", number));
            number = null;
        }
        InvisibleCharacters.inReferences(fm.body, fm.bodyLine, source, report);
        if (fm.body.isBlank()) {
            report.accept(new Problem(source.displayPath(), fm.bodyLine, 1, Phrase.of("page.no_text")));

            ok = false;
        }
        if (!ok || title == null || number == null || order == null || summary == null || updated == null) {
            return Optional.empty();
        }
        // The page keeps its text once: the body, and as its source text only the front matter
        // (what messages about its keys need). Most pages hold a few non-Latin-1 characters (’ or
        // –), so Java stores their text at two bytes a character: a second copy of every file
        // would double the memory the Markdown takes.
        String text = source.text();
        SourceFile head = new SourceFile(source.path(), source.displayPath(), text.substring(0, text.length() - fm.body.length()));
        return Optional.of(new PageSource(head, slug, title, number, order, summary, updated, fm.body, fm.bodyLine));
    }
}
