package nl.dossier.pdf;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.xml.DomXmpParser;
import org.apache.xmpbox.xml.XmpParsingException;
import org.apache.xmpbox.xml.XmpSerializer;

import javax.xml.transform.TransformerException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.TimeZone;

/**
 * openhtmltopdf stamps the PDF with the clock (document info and XMP creation date) and PDFBox
 * gives it a random file ID; both would make every build's PDF differ. The dates become the
 * edition's (document info and XMP must agree for PDF/A) and the ID a hash of the source page.
 */
final class FixedMetadata {
    private FixedMetadata() {
    }

    static void apply(PDDocument pd, LocalDateTime date, byte[] source) throws IOException {
        Calendar when = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
        when.setTimeInMillis(date.toInstant(ZoneOffset.UTC).toEpochMilli());
        pd.getDocumentInformation().setCreationDate(when);
        pd.getDocumentInformation().setModificationDate(when);
        PDMetadata meta = pd.getDocumentCatalog().getMetadata();
        if (meta != null) {
            try {
                XMPMetadata xmp = new DomXmpParser().parse(meta.toByteArray());
                XMPBasicSchema basic = xmp.getXMPBasicSchema();
                if (basic == null) basic = xmp.createAndAddXMPBasicSchema();
                basic.setCreateDate(when);
                basic.setModifyDate(when);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                new XmpSerializer().serialize(xmp, out, true);
                meta.importXMPMetadata(out.toByteArray());
            } catch (XmpParsingException | TransformerException e) {
                throw new IOException("cannot rewrite the XMP metadata: " + e.getMessage(), e);
            }
        }
        byte[] id = Arrays.copyOf(sha256(source), 16);
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        pd.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
