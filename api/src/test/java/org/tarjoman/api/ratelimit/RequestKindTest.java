package org.tarjoman.api.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class RequestKindTest {

    @Test
    void shouldCountEveryWriteUnderTheApi() {
        assertThat(RequestKind.of("POST", "/api/v1/jobs")).contains(RequestKind.WRITE);
        assertThat(RequestKind.of("PUT", "/api/v1/jobs/42/tasks/en/segments/7")).contains(RequestKind.WRITE);
        assertThat(RequestKind.of("PUT", "/api/v1/jobs/42/tasks/en/xliff")).contains(RequestKind.WRITE);
        assertThat(RequestKind.of("DELETE", "/api/v1/memories/fa-en/units/9")).contains(RequestKind.WRITE);
        assertThat(RequestKind.of("POST", "/api/v1/segmentation")).contains(RequestKind.WRITE);
    }

    @Test
    void shouldCountMatchesAndConcordanceAsLookupsWhateverTheMethod() {
        assertThat(RequestKind.of("GET", "/api/v1/memories/fa-en/matches")).contains(RequestKind.LOOKUP);
        assertThat(RequestKind.of("POST", "/api/v1/memories/fa-ru/matches")).contains(RequestKind.LOOKUP);
        assertThat(RequestKind.of("GET", "/api/v1/memories/fa-en/concordance")).contains(RequestKind.LOOKUP);
    }

    @Test
    void shouldCountWholeDocumentAnswersAsExports() {
        assertThat(RequestKind.of("GET", "/api/v1/memories/fa-en/export")).contains(RequestKind.EXPORT);
        assertThat(RequestKind.of("GET", "/api/v1/jobs/42/tasks/en/document")).contains(RequestKind.EXPORT);
        assertThat(RequestKind.of("GET", "/api/v1/jobs/42/tasks/ru/xliff")).contains(RequestKind.EXPORT);
        assertThat(RequestKind.of("GET", "/api/v1/jobs/42/tasks/ru/tmx")).contains(RequestKind.EXPORT);
    }

    @Test
    void shouldLeaveOrdinaryReadsAndPagesAlone() {
        assertThat(RequestKind.of("GET", "/api/v1/jobs")).isEqualTo(Optional.empty());
        assertThat(RequestKind.of("GET", "/api/v1/jobs/42/tasks/en/segments")).isEmpty();
        assertThat(RequestKind.of("GET", "/api/v1/memories/fa-en/units/9")).isEmpty();
        assertThat(RequestKind.of("GET", "/jobs/42/en")).isEmpty();
        assertThat(RequestKind.of("POST", "/q/health")).isEmpty();
    }
}
