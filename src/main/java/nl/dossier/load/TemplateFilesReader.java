package nl.dossier.load;

import nl.dossier.model.Messages;
import nl.dossier.model.Problem;
import nl.dossier.model.Slugs;
import nl.dossier.model.SourceFile;
import nl.dossier.model.Phrase;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads the two files beside the templates that the load stage needs before anything is rendered:
 * the messages file of the site's language ({@code templates/messages/<language>.yaml}, every
 * word the engine and the templates put on a page) and {@code templates/ids.yaml} (the ids the
 * templates put on every page, which a heading may not take).
 */
final class TemplateFilesReader {
    private TemplateFilesReader() {
    }

    static Messages messages(SourceFile source, String language, Consumer<Problem> report) {
        var node = YamlMap.parse(source.text(), source, 0, report, Phrase.of("messages.empty"));
        if (node.isEmpty()) return null;
        var map = YamlMap.of(node.get(), source, 0, report, Phrase.of("messages.what"));
        if (map.isEmpty()) return null;
        YamlMap m = map.get();
        Map<String, String> texts = new LinkedHashMap<>();
        boolean complete = true;
        for (String key : m.keys()) {
            String text = m.text(key, true);
            if (text != null) texts.put(key, text);
        }
        for (String key : Messages.ENGINE_KEYS) {
            if (!m.has(key)) {
                report.accept(Problem.at(source, 1, 1, Phrase.of("messages.missing", "key", key)));
                complete = false;
            } else if (!texts.containsKey(key)) {
                complete = false;
            }
        }
        String pattern = texts.get("date_format");
        if (pattern != null) {
            try {
                DateTimeFormatter.ofPattern(pattern);
            } catch (IllegalArgumentException e) {
                m.problemAtKey("date_format", Phrase.of("messages.bad_date_format", "pattern", pattern, "detail", e.getMessage()));
                complete = false;
            }
        }
        return complete ? new Messages(language, source.displayPath(), texts) : null;
    }

    static Set<String> reservedIds(SourceFile source, Consumer<Problem> report) {
        var node = YamlMap.parse(source.text(), source, 0, report, Phrase.of("ids.empty"));
        if (node.isEmpty()) return null;
        var map = YamlMap.of(node.get(), source, 0, report, Phrase.of("ids.what"));
        if (map.isEmpty()) return null;
        YamlMap m = map.get();
        m.rejectUnknownKeys(Set.of("reserved"), Phrase.of("ids.what"));
        if (!m.has("reserved")) {
            m.problemAtKey("reserved", Phrase.of("yaml.missing_key", "key", "reserved"), Phrase.of("ids.missing_reserved.hint"));
            return null;
        }
        Set<String> ids = new LinkedHashSet<>();
        for (String id : m.textList("reserved")) {
            if (!Slugs.VALID.matcher(id).matches()) {
                m.problemAtItem("reserved", id, Phrase.of("ids.bad_id", "id", id, "slug", Slugs.slugify(id)),
                        Phrase.of("ids.bad_id.hint", "slug", Slugs.slugify(id)));

            } else {
                ids.add(id);
            }
        }
        return Set.copyOf(ids);
    }
}
