package org.tarjoman.api.mt.engine;

import java.time.Duration;

/**
 * An engine that takes a list of texts in one call and answers them in order (DeepL, Google, LibreTranslate):
 * a fixed name and model, a batch size of its API, two calls at once (their batches are large already).
 */
abstract class BatchEngine implements Engine {

    protected final EngineHttp http;
    private final String name;
    private final String model;
    private final int batchSize;

    BatchEngine(String name, String model, int batchSize, EngineHttp http) {
        this.name = name;
        this.model = model;
        this.batchSize = batchSize;
        this.http = http;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final String model() {
        return model;
    }

    @Override
    public final int batchSize() {
        return batchSize;
    }

    @Override
    public final Duration timeout() {
        return http.timeout();
    }

    @Override
    public final int concurrency() {
        return 2;
    }
}
