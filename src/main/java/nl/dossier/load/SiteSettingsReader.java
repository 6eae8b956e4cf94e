package nl.dossier.load;

import nl.dossier.model.Problem;
import nl.dossier.model.SiteSettings;
import nl.dossier.model.SourceFile;
import nl.dossier.model.Phrase;
import nl.dossier.model.UrlPolicy;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/** Reads {@code content/site.yaml}. */
final class SiteSettingsReader {
    static final Set<String> KEYS = Set.of("title", "site_name", "edition", "publisher", "base_url", "repository",
            "branch", "parent", "external_sections", "pdf", "one_page", "language");
    /** A language code as in {@code <html lang>}: two or three lower-case letters. */
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");
    private static final Pattern NUMBER = Pattern.compile("\\d+(\\.\\d+)*");

    private final SourceFile source;
    private final Consumer<Problem> report;
    private final Predicate<String> hasMessages;

    /** @param hasMessages whether the project has a messages file for a language */
    SiteSettingsReader(SourceFile source, Consumer<Problem> report, Predicate<String> hasMessages) {
        this.source = source;
        this.report = report;
        this.hasMessages = hasMessages;
    }

    Optional<SiteSettings> read() {
        var node = YamlMap.parse(source.text(), source, 0, report, Phrase.of("site.empty"));
        if (node.isEmpty()) return Optional.empty();
        var map = YamlMap.of(node.get(), source, 0, report, Phrase.of("site.what"));
        if (map.isEmpty()) return Optional.empty();
        YamlMap m = map.get();
        m.rejectUnknownKeys(KEYS, Phrase.of("site.what"));
        String title = m.text("title", true);
        String siteName = m.text("site_name", true);
        String edition = m.text("edition", true);
        String publisher = m.text("publisher", true);
        String baseUrl = m.text("base_url", true);
        String repository = m.text("repository", true);
        String branch = Optional.ofNullable(m.text("branch", false)).orElse("main");
        boolean pdf = m.flag("pdf", true);
        boolean onePage = m.flag("one_page", true);
        if (pdf && !onePage) {
            m.problemAtKey("one_page", Phrase.of("site.pdf_without_one_page"));
        }
        String language = Optional.ofNullable(m.text("language", false)).orElse(SiteSettings.DEFAULT_LANGUAGE);
        if (!LANGUAGE.matcher(language).matches()) {
            m.problemAtKey("language", Phrase.of("site.bad_language", "language", language));
            language = null;
        } else if (!hasMessages.test(language)) {
            m.problemAtKey("language", Phrase.of("site.no_messages", "language", language));
            language = null;
        }
        if (baseUrl != null) {
            var refusal = UrlPolicy.checkWebAddress(baseUrl);
            if (refusal.isPresent()) {
                m.problemAtKey("base_url", refusal.get().message(), refusal.get().hint());
            } else if (!baseUrl.startsWith("https://") || !UrlPolicy.clean(baseUrl).equals(baseUrl)
                    || baseUrl.chars().anyMatch(c -> c == '?' || c == '#' || c == '\\' || c <= ' ')) {
                // Page addresses are made by appending a path to it: the canonical links, the sitemap, the feed.
                m.problemAtKey("base_url", Phrase.of("site.base_url_not_https"));
            }
        }
        webAddress(m, "repository", repository);
        if (baseUrl != null && baseUrl.endsWith("/")) baseUrl = baseUrl.substring(0, baseUrl.length() - 1);
        String parentTitle = null;
        String parentUrl = null;
        var parent = m.map("parent", true, Phrase.of("site.parent"));
        if (parent.isPresent()) {
            parent.get().rejectUnknownKeys(Set.of("title", "url"), Phrase.of("site.parent"));
            parentTitle = parent.get().text("title", true);
            parentUrl = parent.get().text("url", true);
            webAddress(parent.get(), "url", parentUrl);
        }
        Map<String, SiteSettings.ExternalSection> external = new LinkedHashMap<>();
        m.map("external_sections", false, Phrase.of("site.external_sections")).ifPresent(ext -> {
            for (var e : ext.entriesAsMaps("site.external_section").entrySet()) {
                YamlMap s = e.getValue();
                if (!NUMBER.matcher(e.getKey()).matches()) {
                    report.accept(new Problem(source.displayPath(), s.line(), 0, Phrase.of("site.bad_external_number", "number", e.getKey())));
                    continue;
                }
                s.rejectUnknownKeys(Set.of("title", "url"), Phrase.of("site.external_section", "name", e.getKey()));

                String t = s.text("title", true);
                String u = s.text("url", true);
                webAddress(s, "url", u);
                if (t != null && u != null) external.put(e.getKey(), new SiteSettings.ExternalSection(e.getKey(), t, u));
            }
        });
        if (title == null || siteName == null || edition == null || publisher == null || baseUrl == null
                || repository == null || parentTitle == null || parentUrl == null || language == null) {
            return Optional.empty();
        }
        return Optional.of(new SiteSettings(title, siteName, edition, publisher, baseUrl, repository, branch,
                parentTitle, parentUrl, Map.copyOf(external), pdf, onePage, language));
    }

    /** Every address in site.yaml is printed on every page: each is a full web address under {@link UrlPolicy}. */
    private static void webAddress(YamlMap m, String key, String url) {
        if (url == null) return;
        UrlPolicy.checkWebAddress(url).ifPresent(r -> m.problemAtKey(key, r.message(), r.hint()));
    }
}
