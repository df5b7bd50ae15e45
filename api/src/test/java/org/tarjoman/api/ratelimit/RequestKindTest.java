package org.tarjoman.api.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RequestKindTest {

    @Test
    void shouldCountEveryWriteUnderTheApi() {
        counts("POST", "/api/v1/jobs", RequestKind.WRITE);
        counts("PUT", "/api/v1/jobs/42/tasks/en/segments/7", RequestKind.WRITE);
        counts("PUT", "/api/v1/jobs/42/tasks/en/xliff", RequestKind.WRITE);
        counts("DELETE", "/api/v1/memories/fa-en/units/9", RequestKind.WRITE);
        counts("POST", "/api/v1/segmentation", RequestKind.WRITE);
    }

    @Test
    void shouldCountMatchesAndConcordanceAsLookupsWhateverTheMethod() {
        counts("GET", "/api/v1/memories/fa-en/matches", RequestKind.LOOKUP);
        counts("POST", "/api/v1/memories/fa-ru/matches", RequestKind.LOOKUP);
        counts("POST", "/api/v1/jobs/7/tasks/en/matches", RequestKind.LOOKUP);
        counts("GET", "/api/v1/jobs/7/tasks/en/matches", RequestKind.LOOKUP);
        counts("GET", "/api/v1/memories/fa-en/concordance", RequestKind.LOOKUP);
        counts("GET", "/api/v1/jobs/7/tasks/en/concordance", RequestKind.LOOKUP);
    }

    @Test
    void shouldCountTheEditorsDraftCheckAsALookup() {
        counts("POST", "/api/v1/jobs/7/tasks/en/segments/42/check", RequestKind.LOOKUP);
    }

    @Test
    void shouldCountWholeDocumentAnswersAsExports() {
        counts("GET", "/api/v1/memories/fa-en/export", RequestKind.EXPORT);
        counts("GET", "/api/v1/jobs/42/tasks/en/document", RequestKind.EXPORT);
        counts("GET", "/api/v1/jobs/42/tasks/ru/xliff", RequestKind.EXPORT);
        counts("GET", "/api/v1/jobs/42/tasks/ru/tmx", RequestKind.EXPORT);
    }

    @Test
    void shouldLeaveOrdinaryReadsAndPagesAlone() {
        free("GET", "/api/v1/jobs");
        free("GET", "/api/v1/jobs/42/tasks/en/segments");
        free("GET", "/api/v1/memories/fa-en/units/9");
        free("GET", "/jobs/42/en");
        free("POST", "/q/health");
    }

    private static void counts(String method, String path, RequestKind kind) {
        assertThat(RequestKind.of(method, path)).as(method + " " + path).contains(kind);
    }

    private static void free(String method, String path) {
        assertThat(RequestKind.of(method, path)).as(method + " " + path).isEmpty();
    }
}
