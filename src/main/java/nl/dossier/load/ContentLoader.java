package nl.dossier.load;

import nl.dossier.model.Content;
import nl.dossier.model.ContentException;
import nl.dossier.model.GlossaryTerm;
import nl.dossier.model.SiteSynonym;
import nl.dossier.model.Messages;
import nl.dossier.model.PageSource;
import nl.dossier.model.Parallel;
import nl.dossier.model.Problem;
import nl.dossier.model.Problems;
import nl.dossier.model.Reference;
import nl.dossier.model.SiteSettings;
import nl.dossier.model.SourceFile;
import nl.dossier.model.Phrase;


import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Stage 1, load: reads every file in {@code content/} once, checks each against the schema
 * (docs/content-schema.md) and returns the typed content. Reports every problem found, not
 * just the first; writes nothing.
 */
public final class ContentLoader {
    public static final String SITE_FILE = "site.yaml";
    public static final String REFERENCES_FILE = "references.yaml";
    public static final String GLOSSARY_FILE = "glossary.yaml";
    /** The site's thesaurus for search; optional. */
    public static final String SYNONYMS_FILE = "synonyms.yaml";
    /** The ids the templates put on every page, beside the templates. */
    public static final String IDS_FILE = "templates/ids.yaml";

    private final Path projectRoot;
    private final SourceReader reader;
    private GitDates gitDates;

    public ContentLoader(Path projectRoot) {
        this.projectRoot = projectRoot.toAbsolutePath().normalize();
        this.reader = new SourceReader(this.projectRoot);
    }

    public Path contentDir() {
        return projectRoot.resolve("content");
    }

    public Content load() throws ContentException {
        return load(null);
    }

    /**
     * Loads the content, taking every file that is unchanged since it was put in {@code cache}
     * from there instead of reading and parsing it again.
     *
     * @param cache null to read every file
     */
    public Content load(SourceCache cache) throws ContentException {
        Problems problems = new Problems();
        Path dir = contentDir();
        if (!Files.isDirectory(dir)) {
            throw new ContentException(Problem.inFile(reader.display(dir), Phrase.of("content.not_found")));
        }
        List<Path> markdown = new ArrayList<>();
        try {
            List<Path> listed = cache == null ? null : cache.listing(dir);
            if (listed == null) {
                try (Stream<Path> files = Files.list(dir)) {
                    listed = files.sorted().toList();
                }
            }
            boolean unexpected = false;
            for (Path p : listed) {
                String name = p.getFileName().toString();
                if (ProjectFiles.ignored(name)) continue;
                if (name.endsWith(".md")) {
                    markdown.add(p);
                } else if (!name.equals(SITE_FILE) && !name.equals(REFERENCES_FILE) && !name.equals(GLOSSARY_FILE)
                        && !name.equals(SYNONYMS_FILE)) {
                    problems.add(Problem.inFile(reader.display(p), Files.isDirectory(p) ? Phrase.of("content.unexpected_folder")
                            : Phrase.of("content.unexpected_file"), Phrase.of("content.unexpected.hint")));
                    unexpected = true;
                }
            }
            // Kept only when nothing in it is reported, so that a problem is reported again next time.
            if (cache != null && !unexpected) cache.putListing(dir, listed);
        } catch (IOException e) {
            throw new ContentException(Problem.inFile(reader.display(dir), Phrase.of("folder.cannot_list", "reason", SourceReader.reason(e),
                    "folder", reader.display(dir))));
        }

        SiteSettings site = readRequired(dir.resolve(SITE_FILE), cache, problems,
                (src, report) -> new SiteSettingsReader(src, report, lang -> Files.isRegularFile(messagesFile(lang))).read().orElse(null));
        Messages messages = site == null ? null : readRequired(messagesFile(site.language()), cache, problems,
                (src, report) -> TemplateFilesReader.messages(src, site.language(), report));
        Set<String> reservedIds = readRequired(projectRoot.resolve(IDS_FILE), cache, problems, TemplateFilesReader::reservedIds);
        List<Reference> references = readRequired(dir.resolve(REFERENCES_FILE), cache, problems,
                (src, report) -> new ReferenceReader(src, report).read());
        List<GlossaryTerm> glossary = readRequired(dir.resolve(GLOSSARY_FILE), cache, problems,
                (src, report) -> new GlossaryReader(src, report).read());
        if (references == null) references = List.of();
        if (glossary == null) glossary = List.of();
        Path synonymsFile = dir.resolve(SYNONYMS_FILE);
        List<SiteSynonym> synonyms = Files.exists(synonymsFile)
                ? read(synonymsFile, cache, problems, (src, report) -> new SynonymReader(src, report).read()) : null;
        if (synonyms == null) synonyms = List.of();

        // Each page is read and its front matter parsed on its own, on every core, so
        // loading leaves no core idle. The list keeps the files' order, so a duplicate number is
        // reported on the later file.
        List<PageSource> pages = Parallel.map(markdown, p -> read(p, cache, problems,
                        (src, report) -> new PageReader(src, report, s -> fallbackUpdated(s, cache)).read().orElse(null)))
                .stream().filter(Objects::nonNull).collect(Collectors.toCollection(ArrayList::new));
        checkPageSet(pages, problems);
        problems.throwIfAny();
        pages.sort(Comparator.comparingInt(PageSource::order));
        return new Content(site, List.copyOf(pages), references, glossary, messages, reservedIds, synonyms);
    }

    /** The messages file of a language, beside the templates: {@code templates/messages/<language>.yaml}. */
    public Path messagesFile(String language) {
        return projectRoot.resolve("templates").resolve("messages").resolve(language + ".yaml");
    }

    private <T> T readRequired(Path file, SourceCache cache, Problems problems, BiFunction<SourceFile, Consumer<Problem>, T> parse) {
        if (!Files.exists(file)) {
            problems.add(Problem.inFile(reader.display(file), Phrase.of("file.required")));
            return null;
        }
        return read(file, cache, problems, parse);
    }

    /** Reads and parses one file, or takes it from the cache when it has not changed. */
    @SuppressWarnings("unchecked")
    private <T> T read(Path file, SourceCache cache, Problems problems, BiFunction<SourceFile, Consumer<Problem>, T> parse) {
        Path key = file.toAbsolutePath().normalize();
        if (cache != null) {
            Object hit = cache.get(key, Object.class);
            if (hit != null) return (T) hit;
        }
        BasicFileAttributes before = cache == null ? null : SourceCache.attributes(key);
        List<Problem> found = new ArrayList<>();
        T value = reader.read(file, found::add).map(src -> parse.apply(src, found::add)).orElse(null);
        problems.addAll(found);
        if (cache != null && value != null && found.isEmpty()) cache.put(key, before, value);
        return value;
    }

    /**
     * "Laatst bijgewerkt" of a page without {@code updated}: the date of the newest commit of the
     * file, or else the date the file was last changed (Dutch time).
     */
    private LocalDate fallbackUpdated(SourceFile src, SourceCache cache) {
        GitDates git = cache != null ? cache.gitDates(projectRoot) : gitDates();
        LocalDate d = git.of(src.path());
        if (d != null) return d;
        BasicFileAttributes a = SourceCache.attributes(src.path());
        return a == null ? null : LocalDate.ofInstant(a.lastModifiedTime().toInstant(), ZoneId.of("Europe/Amsterdam"));
    }

    private synchronized GitDates gitDates() {
        if (gitDates == null) gitDates = GitDates.read(projectRoot);
        return gitDates;
    }

    /** Rules that need all pages: one home page, unique numbers and orders. */
    private static void checkPageSet(List<PageSource> pages, Problems problems) {
        Map<String, PageSource> byNumber = new HashMap<>();
        Map<Integer, PageSource> byOrder = new HashMap<>();
        for (PageSource p : pages) {
            PageSource other = byNumber.putIfAbsent(p.number(), p);
            if (other != null) {
                problems.add(new Problem(p.source().displayPath(), FrontMatter.keyLine(p, "number"), 0,
                        Phrase.of("pages.number_twice", "number", p.number(), "other", other.source().displayPath())));
            }
            PageSource sameOrder = byOrder.putIfAbsent(p.order(), p);
            if (sameOrder != null) {
                problems.add(new Problem(p.source().displayPath(), FrontMatter.keyLine(p, "order"), 0,
                        Phrase.of("pages.order_twice", "order", p.order(), "other", sameOrder.source().displayPath())));
            }
        }
        if (pages.stream().noneMatch(PageSource::isHome) && problems.isEmpty()) {
            problems.add(Problem.inFile("content/index.md", Phrase.of("pages.no_home")));
        }
    }
}
