package org.tarjoman.memory.tmx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.tarjoman.core.limits.DocumentLimit;
import org.tarjoman.core.limits.DocumentLimitExceeded;
import org.tarjoman.memory.LanguagePair;

/** A TMX over a {@link DocumentLimit} costs no more than reading it once. */
class TmxLimitsTest {

    /** Only a stall fails it. */
    private static final Duration AT_ONCE = Duration.ofSeconds(10);
    private static final LanguagePair FA_EN = LanguagePair.parse("fa-en");

    private final MemorySink sink = new MemorySink();

    @Test
    void shouldRefuseTheWholeFileAtAnElementNestedTooDeep() {
        String seg = "<hi>".repeat(100_000) + "تهران" + "</hi>".repeat(100_000);
        String tmx = TmxFixture.tmx("fa").tu().tuv("fa", "سلام").tuv("en", "hello")
                .tu().tuvXml("fa", seg).tuv("en", "Tehran").build();

        DocumentLimitExceeded refused = assertTimeoutPreemptively(AT_ONCE,
                () -> catchThrowableOfType(DocumentLimitExceeded.class, () -> importInto(tmx)));

        assertThat(refused).as("refused").isNotNull();
        assertThat(refused.limit()).isEqualTo(DocumentLimit.NESTING_DEPTH);
        assertThat(refused.line()).isEqualTo(10);
    }

    @Test
    void shouldRejectAUnitWithMoreInlineCodesThanTheLimitAndImportTheRest() {
        StringBuilder seg = new StringBuilder("تهران");
        for (int i = 1; i <= 200_000; i++) {
            seg.append("<bpt i=\"").append(i).append("\">&lt;b></bpt>"); // never closed: pairing looked back over all
        }
        String tmx = TmxFixture.tmx("fa").tu("tuid=\"codes\"").tuvXml("fa", seg.toString()).tuv("en", "Tehran")
                .tu().tuv("fa", "مسکو").tuv("en", "Moscow").build();

        ImportReport report = assertTimeoutPreemptively(AT_ONCE, () -> importInto(tmx));

        assertThat(report.added()).isEqualTo(1);
        assertThat(report.rejectedReasons()).extracting(Object::toString).containsExactly(
                "tu 1 (tuid codes), line 5: fa <tuv> (line 6): more than 1,000 inline codes (limit inline-codes)");
    }

    private ImportReport importInto(String tmx) {
        return new TmxImport(FA_EN, sink).run(TmxFixture.stream(tmx));
    }
}
