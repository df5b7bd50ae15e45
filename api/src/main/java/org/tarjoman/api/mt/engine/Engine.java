package org.tarjoman.api.mt.engine;

import java.util.List;

import org.tarjoman.api.mt.MtOutcome;
import org.tarjoman.api.mt.MtRequest;

/** One machine translation service spoken over its own protocol. */
public interface Engine {

    /** The name the configuration lists it by ({@code openai}, {@code deepl}, …). */
    String name();

    /** The model answering, recorded with each translation ({@code gpt-4o-mini}; the engine's name when it has no choice). */
    String model();

    /** Most requests sent in one call. */
    int batchSize();

    /** The time limit of one HTTP request to it. */
    java.time.Duration timeout();

    /** Calls in flight at once. */
    int concurrency();

    /**
     * What besides the source decides the answer, for the cache: an LLM's prompt grounding; nothing for an
     * engine that sees only the sentence.
     */
    default String cacheContext(MtRequest request) {
        return "";
    }

    /** The characters a call with these requests sends, for the usage accounts. */
    default long charactersSent(List<MtRequest> batch) {
        return batch.stream().mapToLong(request -> request.source().length()).sum();
    }

    /**
     * Translates one batch (at most {@link #batchSize()}): one outcome per request, in order; an answer whose
     * inline codes do not match is that request's {@link MtOutcome.Failed}.
     *
     * @throws EngineFailure when the call as a whole got no usable answer (unreachable, HTTP error, garbage)
     */
    List<MtOutcome> translate(List<MtRequest> batch) throws EngineFailure;
}
