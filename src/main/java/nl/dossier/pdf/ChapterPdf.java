package nl.dossier.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;

/**
 * Stage pdf: the whole chapter as an accessible PDF, made from the one-page chapter
 * ({@code volledig/index.html}) with openhtmltopdf: tagged PDF/UA and PDF/A-3u, fonts embedded
 * (DejaVu Serif, shipped in the jar so no system font is needed), a bookmark per part and per
 * section, in-page links for citations and cross-references, title and language from the page.
 * The same page gives the same bytes: dates come from the edition, not the clock.
 */
public final class ChapterPdf {
    private static final String FAMILY = "DejaVu Serif";

    private ChapterPdf() {
    }

    /**
     * @param page    the one-page chapter to print (its HTML)
     * @param liveUrl its address on the hosted site: links that leave the page point there
     * @param author  the publisher, for the document properties
     * @param subject what the chapter is about (the home page's summary), for the document properties
     * @param date    creation date written into the PDF
     * @param cache   earlier prints: an unchanged chapter is taken from there, not printed again
     * @return the PDF
     */
    public static byte[] print(String page, String liveUrl, String author, String subject, LocalDateTime date, PdfCache cache) throws IOException {
        try {
            String css = css();
            // The PDF is a function of these inputs and of this jar's code (part of every key): a
            // hit neither parses, prepares nor serialises the page, which holds the whole chapter.
            String key = PdfCache.key(page, css, author, subject, liveUrl, date.toString());
            byte[] printed = cache.get(key).orElse(null);
            if (printed == null) {
                Document doc = Jsoup.parse(page, liveUrl);
                String html = doc.outerHtml();
                PrintPage.prepare(doc, author, subject, css);
                printed = render(doc, liveUrl, date, html.getBytes(StandardCharsets.UTF_8));
                cache.put(key, printed);
            }
            return printed;
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static byte[] render(Document doc, String liveUrl, LocalDateTime date, byte[] source) throws IOException {
        org.w3c.dom.Document w3c = new W3CDom().fromJsoup(doc);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        quietLogging();
        PDDocument pd = new PDDocument();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder()
                    .usePDDocument(pd)
                    .useFastMode()
                    .usePdfUaAccessibility(true)
                    .usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_3_U)
                    .useColorProfile(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData())
                    .withProducer("Dossier")
                    .withW3cDocument(w3c, liveUrl);
            font(builder, pd, "DejaVuSerif.ttf", 400, FontStyle.NORMAL);
            font(builder, pd, "DejaVuSerif-Bold.ttf", 700, FontStyle.NORMAL);
            font(builder, pd, "DejaVuSerif-Italic.ttf", 400, FontStyle.ITALIC);
            font(builder, pd, "DejaVuSerif-BoldItalic.ttf", 700, FontStyle.ITALIC);
            try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
                renderer.createPDFWithoutClosing();
                FixedMetadata.apply(pd, date, source);
                pd.save(out);
            }
        } finally {
            pd.close();
        }
        return out.toByteArray();
    }

    /**
     * One style of the family, embedded as a subset, with the font's glyph substitutions (GSUB)
     * off. PDFBox would otherwise print ff, fi and fl as single ligature glyphs, whose text in the
     * PDF is then the ligature character (U+FB00 to U+FB02), not the letters: a viewer's search
     * for "offensief" or a screen reader may not find the word in "oﬀensief". Substituting also
     * runs cold code in each build that prints the PDF.
     */
    private static void font(PdfRendererBuilder builder, PDDocument pd, String file, int weight, FontStyle style) throws IOException {
        TrueTypeFont ttf;
        try (InputStream in = resource("fonts/" + file)) {
            ttf = new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
        }
        pd.registerTrueTypeFontForClosing(ttf); // closed with the document: saving reads it again for the subset
        ttf.setEnableGsub(false);
        builder.useFont(new PDFontSupplier(PDType0Font.load(pd, ttf, true)), FAMILY, weight, style, true);
    }

    private static String css() throws IOException {
        try (InputStream in = resource("pdf.css")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = ChapterPdf.class.getResourceAsStream(name);
        if (in == null) throw new UncheckedIOException(new IOException("missing resource nl/dossier/pdf/" + name));
        return in;
    }

    /** openhtmltopdf logs every CSS property it does not know to stderr; the build prints its own progress. */
    private static synchronized void quietLogging() {
        XRLog.setLoggingEnabled(false);
    }
}
