package nl.dossier.bundle;

import nl.dossier.bake.Bakery;
import nl.dossier.bake.Edition;
import nl.dossier.bake.TemplateData;
import nl.dossier.check.OutputChecker;
import nl.dossier.link.SiteGraph;
import nl.dossier.model.BackgroundStage;
import nl.dossier.model.ContentException;
import nl.dossier.model.Problem;
import nl.dossier.model.SiteSettings;
import nl.dossier.pdf.ChapterPdf;
import nl.dossier.pdf.PdfCache;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;

/**
 * Stage bundle: the offline edition. Bakes the offline variant of the site (every page says it
 * is a copy, with edition, date and a link to the live page; no download link, no 404 page),
 * prints its one-page chapter to PDF, checks it like the site itself plus "no links to the site's own host"
 * ({@link OutputChecker#offlineCopy}), and zips it
 * reproducibly under one top folder. The site already uses relative links to explicit
 * index.html files, so the copy works from file:// as it is.
 *
 * <p>All files go into a work folder the caller owns; nothing is put in place here.
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

    /** Writes the browser's search files into a site folder; may wait for the index, which is built alongside. */
    @FunctionalInterface
    public interface SearchFiles {
        int exportInto(Path siteDir) throws ContentException;
    }

    /** What was made: the zip (and where it goes), for linking from the hosted site; pdf is null when the site has none. */
    public record Bundle(BundleName name, Path zip, long zipBytes, Path pdf, long pdfBytes, int files) {
        public Edition.Download zipDownload() {
            return new Edition.Download(name.zipFile(), zipBytes);
        }

        public Edition.Download pdfDownload() {
            return pdf == null ? null : new Edition.Download(pdfUrl(name), pdfBytes);
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
                throw new ContentException(Problem.inFile(name.zipFile(), "cannot copy the bundle into the site: " + e.getMessage(), null));
            }
        }
    }

    /** The PDF sits next to the page it is made from. */
    static String pdfUrl(BundleName name) {
        return "volledig/" + name.pdfFile();
    }

    /** @param searchFiles the browser search files for the copy, so search works from disk */
    public Bundle make(Path work, SearchFiles searchFiles) throws ContentException {
        SiteSettings site = graph.content().site();
        BundleName name = BundleName.of(site);
        LocalDateTime time = BundleTime.of(System.getenv("SOURCE_DATE_EPOCH"), TemplateData.newestUpdate(graph));
        Path copy = work.resolve(name.folder());
        // The copy's pages link to the PDF without its size: the PDF is made from the copy's
        // one-page chapter (minus banner and download links), so its size is known only after.
        int files = bakery.bake(graph, copy, Edition.offline(site.pdf() ? new Edition.Download(pdfUrl(name), 0) : null));
        Path pdf = site.pdf() ? copy.resolve(pdfUrl(name)) : null;
        // The chapter is printed while the search files are written into the copy: neither
        // needs the other, and printing is half a second of a build in a fresh JVM.
        BackgroundStage<Long> printing = pdf == null ? null : BackgroundStage.start("pdf", () ->
                ChapterPdf.write(copy.resolve("volledig/index.html"), pdf, site.baseUrl() + "/volledig/", site.publisher(), time, pdfCache));
        try {
            searchFiles.exportInto(copy);
        } catch (ContentException | RuntimeException e) {
            // The caller deletes the copy: let the printer finish writing into it first.
            if (printing != null) printing.awaitQuietly();
            throw e;
        }
        long pdfBytes = printing == null ? 0 : printing.join();
        OutputChecker.offlineCopy(copy, site.baseUrl()).check();
        Path zip = work.resolve(name.zipFile());
        long bytes;
        try {
            bytes = ReproducibleZip.write(copy, name.folder(), zip, time);
        } catch (IOException e) {
            throw new ContentException(Problem.inFile(zip.toString(), "cannot write the offline bundle: " + e.getMessage(), null));
        }
        return new Bundle(name, zip, bytes, pdf, pdfBytes, files);
    }
}
