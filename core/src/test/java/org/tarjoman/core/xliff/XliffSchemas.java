package org.tarjoman.core.xliff;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URL;
import java.util.Objects;

import javax.xml.XMLConstants;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

import org.w3c.dom.ls.LSInput;
import org.w3c.dom.ls.LSResourceResolver;
import org.xml.sax.SAXException;

/**
 * The OASIS schemas our files must pass: XLIFF 1.2 strict, and XLIFF 2.x core with the Translation
 * Candidates (and its Metadata) module, plus our small schema of the {@code tj:} attributes. Every
 * import, {@code xml.xsd} included, is resolved from {@code schemas/} on the classpath; anything
 * else is refused, so validation never touches the network.
 */
final class XliffSchemas {

    private static final String FOLDER = "schemas/";

    static final Schema XLIFF_12 = schema("xliff-core-1.2-strict.xsd", "tarjoman-xliff.xsd");
    static final Schema XLIFF_2 = schema("xliff_core_2.0.xsd", "matches.xsd", "metadata.xsd", "tarjoman-xliff.xsd");

    private XliffSchemas() {
    }

    /** @throws SAXException naming the line of the first violation */
    static void validate(Schema schema, byte[] xliff) throws Exception {
        var validator = schema.newValidator();
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        validator.validate(new StreamSource(new ByteArrayInputStream(xliff)));
    }

    private static Schema schema(String... files) {
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setResourceResolver(new LocalOnly());
            Source[] sources = new Source[files.length];
            for (int i = 0; i < files.length; i++) {
                URL url = resource(files[i]);
                sources[i] = new StreamSource(url.openStream(), url.toExternalForm());
            }
            return factory.newSchema(sources);
        } catch (Exception e) {
            throw new IllegalStateException("schemas cannot be loaded", e);
        }
    }

    private static URL resource(String name) {
        return Objects.requireNonNull(XliffSchemas.class.getResource(FOLDER + name), name);
    }

    /** Resolves an import by its file name in our folder; refuses what is not there. */
    private static final class LocalOnly implements LSResourceResolver {

        @Override
        public LSInput resolveResource(String type, String namespace, String publicId, String systemId, String baseUri) {
            String name = systemId == null ? null : systemId.substring(systemId.lastIndexOf('/') + 1);
            URL url = name == null ? null : XliffSchemas.class.getResource(FOLDER + name);
            if (url == null) {
                throw new IllegalStateException("schema " + systemId + " is not available locally");
            }
            return new Input(url);
        }
    }

    private record Input(URL url) implements LSInput {

        @Override
        public InputStream getByteStream() {
            try {
                return url.openStream();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        @Override
        public String getSystemId() {
            return url.toExternalForm();
        }

        // the rest of LSInput is unused: the parser reads the byte stream
        @Override public java.io.Reader getCharacterStream() { return null; }
        @Override public void setCharacterStream(java.io.Reader r) { }
        @Override public void setByteStream(InputStream s) { }
        @Override public String getStringData() { return null; }
        @Override public void setStringData(String s) { }
        @Override public void setSystemId(String s) { }
        @Override public String getPublicId() { return null; }
        @Override public void setPublicId(String s) { }
        @Override public String getBaseURI() { return null; }
        @Override public void setBaseURI(String s) { }
        @Override public String getEncoding() { return null; }
        @Override public void setEncoding(String s) { }
        @Override public boolean getCertifiedText() { return false; }
        @Override public void setCertifiedText(boolean b) { }
    }
}
