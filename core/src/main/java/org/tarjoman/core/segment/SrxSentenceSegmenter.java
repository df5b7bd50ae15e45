package org.tarjoman.core.segment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import net.sf.okapi.common.ISegmenter;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.Range;
import net.sf.okapi.lib.segmentation.SRXDocument;

import org.tarjoman.core.normalize.PersianChars;

/**
 * Splits paragraphs into sentences with SRX rules run by Okapi.
 * <ul>
 *   <li>{@link #persian()}: our rules, {@code org/tarjoman/core/segment/persian.srx}, which also
 *       cover English paragraphs and Latin-script names inside Persian text;</li>
 *   <li>{@link #okapiDefault(String)}: Okapi's own {@code defaultSegmentation.srx}, kept as the
 *       baseline our rules are measured against.</li>
 * </ul>
 * Okapi's segmenter is stateful ({@code computeSegments} then {@code getRanges}), so the rules are
 * parsed once and each thread compiles its own segmenter on first use. Spans are trimmed here
 * rather than trusting the SRX options, so every rule file honours {@link SentenceSegmenter}'s
 * contract: no whitespace at either end, no empty span.
 */
public final class SrxSentenceSegmenter implements SentenceSegmenter {

    private static final String PERSIAN_RULES = "/org/tarjoman/core/segment/persian.srx";
    private static final String OKAPI_DEFAULT_RULES = "defaultSegmentation.srx";

    private static final class Persian {
        static final SrxSentenceSegmenter INSTANCE = fromSrx(resource(SrxSentenceSegmenter.class, PERSIAN_RULES), "fa");
    }

    private final ThreadLocal<ISegmenter> segmenters;

    private SrxSentenceSegmenter(SRXDocument rules, LocaleId language) {
        this.segmenters = ThreadLocal.withInitial(() -> {
            // SRXDocument is not documented as thread-safe; compiling is rare, so serialise it.
            synchronized (rules) {
                return rules.compileLanguageRules(language, null);
            }
        });
    }

    /** Our Persian rules (with the Latin-script rules for mixed and English paragraphs). Shared, thread-safe. */
    public static SrxSentenceSegmenter persian() {
        return Persian.INSTANCE;
    }

    /** Okapi's default SRX rules for {@code language} (a BCP-47 code), with its ICU4J break rules. */
    public static SrxSentenceSegmenter okapiDefault(String language) {
        return fromSrx(resource(SRXDocument.class, OKAPI_DEFAULT_RULES), language);
    }

    /** Rules from any SRX 2.0 document, compiled for {@code language} (a BCP-47 code). Closes the stream. */
    public static SrxSentenceSegmenter fromSrx(InputStream srx, String language) {
        Objects.requireNonNull(srx, "srx");
        SRXDocument rules = new SRXDocument();
        try (srx) {
            rules.loadRules(srx);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new SrxSentenceSegmenter(rules, LocaleId.fromBCP47(language));
    }

    @Override
    public List<Span> split(String paragraph) {
        if (paragraph.isEmpty()) {
            return List.of();
        }
        ISegmenter segmenter = segmenters.get();
        segmenter.computeSegments(paragraph);
        List<Range> ranges = segmenter.getRanges();
        List<Span> spans = new ArrayList<>(ranges.size());
        for (Range range : ranges) {
            int start = range.start;
            int end = Math.min(range.end, paragraph.length());
            while (start < end && PersianChars.isSpace(paragraph.charAt(start))) {
                start++;
            }
            while (end > start && PersianChars.isSpace(paragraph.charAt(end - 1))) {
                end--;
            }
            if (start < end) {
                spans.add(new Span(start, end));
            }
        }
        return spans;
    }

    private static InputStream resource(Class<?> owner, String name) {
        InputStream in = owner.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("SRX rules not on the classpath: " + name);
        }
        return in;
    }
}
