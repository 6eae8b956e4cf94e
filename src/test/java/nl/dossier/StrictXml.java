package nl.dossier;

import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The JDK's XML parser, strict: any well-formedness error (a character XML does not allow, a
 * broken tag) and any warning fails the parse; no DOCTYPE, no external anything.
 */
public final class StrictXml {
    private StrictXml() {
    }

    /** @throws AssertionError naming the file, line and column of the first problem */
    public static Document parse(Path file) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new ErrorHandler() {
                @Override
                public void warning(SAXParseException e) throws SAXException {
                    throw e;
                }

                @Override
                public void error(SAXParseException e) throws SAXException {
                    throw e;
                }

                @Override
                public void fatalError(SAXParseException e) throws SAXException {
                    throw e;
                }
            });
            return builder.parse(file.toFile());
        } catch (SAXParseException e) {
            throw new AssertionError(file + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": not XML: " + e.getMessage(), e);
        } catch (SAXException | ParserConfigurationException e) {
            throw new AssertionError(file + ": not XML: " + e.getMessage(), e);
        }
    }
}
