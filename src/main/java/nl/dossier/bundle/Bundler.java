package nl.dossier.bundle;

import nl.dossier.bake.Bakery;
import nl.dossier.bake.Edition;
import nl.dossier.bake.SiteRender;
import nl.dossier.bake.TemplateData;
import nl.dossier.check.OutputChecker;
import nl.dossier.link.SiteGraph;
import nl.dossier.model.BackgroundStage;
import nl.dossier.model.ContentException;
import nl.dossier.model.Problem;
import nl.dossier.model.Phrase;
import nl.dossier.model.SiteSettings;
import nl.dossier.pdf.ChapterPdf;
import nl.dossier.pdf.PdfCache;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Stage bundle: the offline edition. Renders the offline variant of the site (every page says
 * it is a copy, with edition, date and a link to the live page; no download link, no 404 page),
 * prints its one-page chapter to PDF, checks it like the site itself plus "no links to the
 * site's own host" ({@link OutputChecker#offlineCopy}), and zips it reproducibly under one top
 * folder. The site already uses relative links to explicit index.html files, so the copy works
 * from file:// as it is.
 *
 * <p>The copy is made in memory and zipped as it is made; the zip and the PDF go into a work
 * folder the caller owns; nothing is put in place here.
 */
public final class Bundler {
    private final Bakery bakery;
    private final SiteGraph graph;
    private final PdfCache pdfCache;

    /** @param bakery bakes the copy; the build passes the one that bakes the hosted site too, which reuses the chapter text */
    public Bundler(Bakery bakery, SiteGraph graph, PdfCache pdfCache) {
        this.bakery = bakery;
        this.graph = graph;
        this.pdfCache = pdfCache;
    }

    /** The browser's search files, exported once; may wait for the index, which is built alongside. */
    @FunctionalInterface
    public interface SearchFiles {
        /** @return the folder they were exported into, laid out as in the site */
        Path folder() throws ContentException;
    }

    /** What was made: the zip (and where it goes), for linking from the hosted site; pdf is null when the site has none. */
    public record Bundle(BundleName name, Path zip, long zipBytes, Path pdf, long pdfBytes, int files) {
        public Edition.Download zipDownload() {
            return new Edition.Download(name.zipFile(), zipBytes);
        }

        public Edition.Download pdfDownload() {
            return pdf == null ? null : new Edition.Download(pdfUrl(name), pdfBytes);
        }

        /** Where the PDF is in a site the bundle was published into, or null when there is none. */
        public Path pdfIn(Path site) {
            return pdf == null ? null : site.resolve(pdfUrl(name));
        }

        /** For the build's progress line. */
        public String summary() {
            return files + " files, " + (pdf == null ? "no PDF (pdf: false)" : "PDF " + pdfBytes / 1000 + " kB") + ", zip " + zipBytes / 1000 + " kB";
        }

        /** The hosted site serves the zip too, so the home page's download link works there. */
        public void publishInto(Path site) throws ContentException {
            try {
                Files.copy(zip, site.resolve(name.zipFile()), StandardCopyOption.REPLACE_EXISTING);
                if (pdf != null) Files.copy(pdf, site.resolve(pdfUrl(name)), StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new ContentException(Problem.inFile(name.zipFile(), Phrase.of("output.cannot_copy_bundle", "detail", e.getMessage())));
            }
        }
    }

    /**
     * The zip's comment: how a later build knows a zip Dossier wrote, the only kind it replaces.
     * Readers who download the zip see it too, so it only says what the file is.
     */
    public static final String ZIP_COMMENT = "Offline edition, made by Dossier.";

    /** The PDF sits next to the page it is made from. */
    static String pdfUrl(BundleName name) {
        return "volledig/" + name.pdfFile();
    }

    /** The one-page chapter, which the PDF is printed from. */
    static final String CHAPTER = "volledig/index.html";

    /**
     * Renders the copy into memory a block of pages at a time, checks each page and zips it: the
     * copy is never written to disk. The chapter's pages and the assets go first, while the
     * search index is still written alongside; then the documents that list the whole site with
     * the search files; then the PDF, printed meanwhile.
     *
     * @param searchFiles the browser search files for the copy, so search works from disk
     */
    public Bundle make(Path work, SearchFiles searchFiles) throws ContentException {
        SiteSettings site = graph.content().site();
        BundleName name = BundleName.of(site);
        LocalDateTime time = BundleTime.of(System.getenv("SOURCE_DATE_EPOCH"), TemplateData.newestUpdate(graph));
        // Where the copy would be: its links and problems are resolved against it, nothing is written there.
        Path root = work.resolve(name.folder());
        // The copy's pages link to the PDF without its size: the PDF is made from the copy's
        // one-page chapter (minus banner and download links), so its size is known only after.
        SiteRender copy = bakery.render(graph, root, Edition.offline(site.pdf() ? new Edition.Download(pdfUrl(name), 0) : null));
        // Printing is half a second of a build in a fresh JVM: the copy is zipped meanwhile.
        String chapter = site.pdf() ? copy.html(CHAPTER) : null;
        if (chapter != null) checkPrintable(chapter.length(), Runtime.getRuntime().maxMemory());
        BackgroundStage<byte[]> printing = chapter == null ? null : BackgroundStage.start("pdf", () -> print(chapter, site, time, name));
        OutputChecker.InMemory check = OutputChecker.offlineCopy(root, site.baseUrl(), bakery.sources(root)).inMemory();
        Path zip = work.resolve(name.zipFile());
        byte[] printed = null;
        CopyFiles files = new CopyFiles(copy, chapter, check);
        try (ReproducibleZip out = new ReproducibleZip(zip, name.folder(), time)) {
            Set<String> pages = copy.pagesAndAssets();
            Set<String> siteWide = copy.siteWide();
            check.files(pages);
            check.files(siteWide);
            out.add(pages, files);

            // The documents that list the whole site are the largest (their DOMs grow
            // with the whole site): they are rendered once the
            // search index, built alongside, has given back its memory.
            Path exported = searchFiles.folder();
            List<String> search = filesBelow(exported);
            check.files(search);
            List<String> later = new ArrayList<>(siteWide);
            later.addAll(search);
            out.add(later, file -> siteWide.contains(file) ? files.of(file) : files.checked(file, Files.readAllBytes(exported.resolve(file))));
            // Every template problem of the copy at once, before its links are checked (a page
            // that did not render has no anchors to link to).
            copy.throwIfFailed();

            if (printing != null) {
                byte[] pdf = printing.join();
                check.files(List.of(pdfUrl(name)));
                out.add(List.of(pdfUrl(name)), file -> pdf);
                printed = pdf;
            }
        } catch (IOException e) {
            throw new ContentException(Problem.inFile(zip.toString(), Phrase.of("output.cannot_write_bundle", "detail", e.getMessage())));
        } finally {
            if (printing != null) printing.awaitQuietly();
        }
        check.finish(files::again);
        Path pdf = printed == null ? null : write(work.resolve(name.pdfFile()), printed);
        return new Bundle(name, zip, size(zip), pdf, printed == null ? 0 : printed.length, copy.documentCount());
    }

    /**
     * Heap the PDF printer needs per character of the chapter's HTML, with room to spare: it lays
     * out and tags the whole chapter at once (docs/content-schema.md, {@code pdf}).
     */
    static final long PDF_HEAP_PER_CHAR = 400;

    /**
     * A chapter too large to print in this build's memory is a content error naming site.yaml,
     * reported before printing starts instead of running out of memory halfway.
     */
    static void checkPrintable(long chapterChars, long maxHeap) throws ContentException {
        long limit = maxHeap / PDF_HEAP_PER_CHAR;
        if (chapterChars <= limit) return;
        throw new ContentException(Problem.inFile("content/site.yaml", Phrase.of("site.pdf_too_big", "chars", millions(chapterChars),
                "limit", millions(limit), "memory", maxHeap / (1 << 20))));
    }

    private static String millions(long chars) {
        return String.format(java.util.Locale.ROOT, "%.1f", chars / 1_000_000.0);
    }

    private static Path write(Path file, byte[] bytes) throws ContentException {
        try {
            return Files.write(file, bytes);
        } catch (IOException e) {
            throw new ContentException(Problem.inFile(file.toString(), Phrase.of("output.cannot_write_pdf", "detail", e.getMessage())));
        }
    }

    private byte[] print(String chapter, SiteSettings site, LocalDateTime time, BundleName name) throws ContentException {
        try {
            String subject = graph.home() == null ? "" : graph.home().source().summary();
            return ChapterPdf.print(chapter, site.baseUrl() + "/volledig/", site.publisher(), subject == null ? "" : subject, time, pdfCache);
        } catch (IOException e) {
            throw new ContentException(Problem.inFile(name.pdfFile(), Phrase.of("output.cannot_print_pdf", "detail", e.getMessage())));
        }
    }

    /** The copy's files, each made when the zip asks for it, and each page checked as it is made. */
    private record CopyFiles(SiteRender copy, String chapter, OutputChecker.InMemory check) implements ReproducibleZip.Contents {
        @Override
        public byte[] of(String file) throws IOException {
            if (!copy.isDocument(file)) return checked(file, copy.asset(file));
            String html = file.equals(CHAPTER) && chapter != null ? chapter : copy.html(file);
            if (html == null) return new byte[0]; // a template problem, thrown once this run of files is zipped
            if (file.endsWith(".html")) check.page(file, html);
            return html.getBytes(StandardCharsets.UTF_8);
        }

        /** A page's text again, to report its problems with line and column; null when it cannot be had. */
        String again(String file) {
            if (copy.isDocument(file)) return copy.html(file);
            try {
                return new String(copy.asset(file), StandardCharsets.UTF_8);
            } catch (IOException | RuntimeException e) {
                return null;
            }
        }

        /** A file that is not rendered is checked too when it is a page (a page among the assets is published as is). */
        byte[] checked(String file, byte[] bytes) {
            if (file.endsWith(".html")) check.page(file, new String(bytes, StandardCharsets.UTF_8));
            return bytes;
        }
    }

    /**
     * Every file below a folder, relative to it with '/' separators; hidden files (the marker of
     * a folder Dossier made, where the search files are exported into the site) are no search files.
     */
    private static List<String> filesBelow(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(p -> Files.isRegularFile(p) && !p.getFileName().toString().startsWith(".")).map(p -> folder.relativize(p).toString().replace('\\', '/')).toList();
        }
    }

    private static long size(Path zip) throws ContentException {
        try {
            return Files.size(zip);
        } catch (IOException e) {
            throw new ContentException(Problem.inFile(zip.toString(), Phrase.of("output.cannot_read_bundle", "detail", e.getMessage())));
        }
    }
}
