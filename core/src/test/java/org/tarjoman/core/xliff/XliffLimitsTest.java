package org.tarjoman.core.xliff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.tarjoman.core.limits.DocumentLimit;
import org.tarjoman.core.limits.DocumentLimitExceeded;

/**
 * Files nested deeper than {@link DocumentLimit#NESTING_DEPTH} are refused at the element that crosses it:
 * 100,000 nested groups, {@code <pc>}, {@code <g>} or {@code <mrk>} overflowed the readers' stack before.
 */
class XliffLimitsTest {

    private static final int HOSTILE = 100_000;
    /** Only a stall or a stack overflow fails it. */
    private static final Duration AT_ONCE = Duration.ofSeconds(10);
    private static final String V12 = "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:1.2\" version=\"1.2\">\n"
            + "<file original=\"irna.html\" source-language=\"fa\" target-language=\"en\" datatype=\"html\"><body>\n%s\n"
            + "</body></file></xliff>";
    private static final String V2 = "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.1\" srcLang=\"fa\" "
            + "trgLang=\"en\">\n<file id=\"f1\">\n%s\n</file></xliff>";
    private static final String SOURCE = "سفیر ایران گفت: این سفر تاریخی خواهد بود.";

    @Test
    void shouldRefuseDeeplyNestedGroupsInXliff12() {
        String unit = "<trans-unit id=\"1\"><source>" + SOURCE + "</source></trans-unit>";

        assertThat(refusal(V12.formatted(nested("<group>", "</group>", unit)))).satisfies(e -> {
            assertThat(e.limit()).isEqualTo(DocumentLimit.NESTING_DEPTH);
            assertThat(e.line()).isEqualTo(3);
        });
    }

    @Test
    void shouldRefuseDeeplyNestedGroupsInXliff2() {
        String unit = "<unit id=\"1\"><segment><source>" + SOURCE + "</source></segment></unit>";

        assertThat(refusal(V2.formatted(nested("<group id=\"g\">", "</group>", unit))).limit())
                .isEqualTo(DocumentLimit.NESTING_DEPTH);
    }

    @Test
    void shouldRefuseDeeplyNestedPairedCodesInXliff2() {
        String unit = "<unit id=\"1\"><segment><source>" + nested("<pc id=\"1\">", "</pc>", SOURCE)
                + "</source></segment></unit>";

        assertThat(refusal(V2.formatted(unit)).limit()).isEqualTo(DocumentLimit.NESTING_DEPTH);
    }

    @Test
    void shouldRefuseDeeplyNestedMarkersInXliff2() {
        String unit = "<unit id=\"1\"><segment><source>" + nested("<mrk id=\"m\">", "</mrk>", SOURCE)
                + "</source></segment></unit>";

        assertThat(refusal(V2.formatted(unit)).limit()).isEqualTo(DocumentLimit.NESTING_DEPTH);
    }

    @Test
    void shouldRefuseDeeplyNestedCodesInXliff12() {
        String unit = "<trans-unit id=\"1\"><source>" + SOURCE + "</source><target>" + nested("<g id=\"1\">", "</g>", "The trip")
                + "</target></trans-unit>";

        assertThat(refusal(V12.formatted(unit)).limit()).isEqualTo(DocumentLimit.NESTING_DEPTH);
    }

    @Test
    void shouldReadCodesNestedAsDeepAsTheLimitAllows() {
        int depth = DocumentLimit.NESTING_DEPTH.max() - 5; // xliff > file > body > trans-unit > source, then the codes
        String xliff = V12.formatted("<trans-unit id=\"1\"><source>" + codes(depth) + "</source></trans-unit>");

        XliffDocument document = assertTimeoutPreemptively(AT_ONCE, () -> XliffSamples.read(xliff));

        assertThat(document.units().findFirst().orElseThrow().source()).startsWith("<g id=\"1\"><g id=\"2\">")
                .contains(SOURCE);
    }

    private static String codes(int depth) {
        StringBuilder xml = new StringBuilder();
        for (int id = 1; id <= depth; id++) {
            xml.append("<g id=\"").append(id).append("\">");
        }
        xml.append(SOURCE);
        xml.append("</g>".repeat(depth));
        return xml.toString();
    }

    private static String nested(String open, String close, String inside) {
        return open.repeat(HOSTILE) + inside + close.repeat(HOSTILE);
    }

    private static DocumentLimitExceeded refusal(String xliff) {
        DocumentLimitExceeded refused = assertTimeoutPreemptively(AT_ONCE,
                () -> catchThrowableOfType(DocumentLimitExceeded.class, () -> XliffSamples.read(xliff)));
        assertThat(refused).as("refused").isNotNull();
        return refused;
    }
}
