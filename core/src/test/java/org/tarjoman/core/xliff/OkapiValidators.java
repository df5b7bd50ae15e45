package org.tarjoman.core.xliff;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import net.sf.okapi.common.Event;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.RawDocument;
import net.sf.okapi.filters.xliff.XLIFFFilter;
import net.sf.okapi.lib.xliff2.core.Unit;
import net.sf.okapi.lib.xliff2.reader.XLIFFReader;

/** Okapi as an independent reader of our files: its XLIFF 1.2 filter and its validating XLIFF 2 reader. */
final class OkapiValidators {

    private OkapiValidators() {
    }

    /** The text units Okapi's XLIFF 1.2 filter extracts. */
    static List<ITextUnit> xliff12(byte[] xliff, String target) {
        List<ITextUnit> units = new ArrayList<>();
        try (XLIFFFilter filter = new XLIFFFilter()) {
            filter.open(new RawDocument(new ByteArrayInputStream(xliff), "UTF-8", LocaleId.fromString("fa"),
                    LocaleId.fromString(target)));
            while (filter.hasNext()) {
                Event event = filter.next();
                if (event.isTextUnit()) {
                    units.add(event.getTextUnit());
                }
            }
        }
        return units;
    }

    /** The units Okapi's XLIFF 2 reader reads with full validation (schemas and processing rules). */
    static List<Unit> xliff2(byte[] xliff) {
        List<Unit> units = new ArrayList<>();
        try (XLIFFReader reader = new XLIFFReader(XLIFFReader.VALIDATION_MAXIMAL)) {
            reader.open(new ByteArrayInputStream(xliff));
            while (reader.hasNext()) {
                var event = reader.next();
                if (event.isUnit()) {
                    units.add(event.getUnit());
                }
            }
        }
        return units;
    }
}
