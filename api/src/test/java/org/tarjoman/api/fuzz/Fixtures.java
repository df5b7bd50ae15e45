package org.tarjoman.api.fuzz;

import java.util.List;

/**
 * What exists before fuzzing starts, so that valid requests reach deep into the code: a job with its
 * segments, a memory unit, an import, a user and an API key of their own to change (never the newsroom's
 * key the fuzzer sends), and files to send back (a TMX, the task's XLIFF).
 */
record Fixtures(long jobId, List<Long> segmentIds, long unitId, String importId, long keyId, String article, String tmx,
                String xliff) {

    static final String MEMORY = "fa-en";
    static final String USER = "fuzz-target";
    static final String LANGUAGE = "en";
}
