package org.tarjoman.api.testing;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;

import com.thaiopensource.util.PropertyMapBuilder;
import com.thaiopensource.validate.ValidateProperty;
import com.thaiopensource.validate.ValidationDriver;

import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * A third party's verdict on our TBX: the official TBX-Basic (TBX v3, ISO 30042:2019, DCA) RELAX NG schema
 * published by LTAC Global, applied by Jing. Okapi's terminology library cannot serve: it reads TBX 2008 only.
 */
public final class TbxBasicSchema {

    private static final URL SCHEMA = TbxBasicSchema.class.getResource("/tbx/TBXcoreStructV03_TBX-Basic_integrated.rng");

    private TbxBasicSchema() {
    }

    /** What the schema finds wrong in {@code tbx}, one line each; empty when the document is valid. */
    public static List<String> violations(String tbx) {
        List<String> found = new ArrayList<>();
        ErrorHandler collector = new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
            }

            @Override
            public void error(SAXParseException e) {
                found.add("line " + e.getLineNumber() + ": " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                error(e);
            }
        };
        PropertyMapBuilder properties = new PropertyMapBuilder();
        properties.put(ValidateProperty.ERROR_HANDLER, collector);
        ValidationDriver driver = new ValidationDriver(properties.toPropertyMap());
        try {
            if (!driver.loadSchema(new InputSource(SCHEMA.toExternalForm()))) {
                throw new IllegalStateException("The TBX-Basic schema did not load: " + found);
            }
            driver.validate(new InputSource(new StringReader(tbx)));
        } catch (SAXException e) {
            found.add(e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }
}
