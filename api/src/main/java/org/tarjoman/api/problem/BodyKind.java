package org.tarjoman.api.problem;

import java.lang.reflect.Method;

import org.tarjoman.api.config.TarjomanConfig;

/**
 * The kinds of body the API takes, each with its own size limit: an endpoint names its kind with
 * {@link LimitedBody}; every other body is a {@link #REQUEST}.
 */
public enum BodyKind {
    /** An article to segment or submit as a job: JSON, plain text, HTML or a form upload. */
    ARTICLE("tarjoman.segmentation.max-body-size"),
    /** A translated XLIFF file. */
    XLIFF("tarjoman.xliff.max-body-size"),
    /** A TMX file to import into a memory. */
    TMX("tarjoman.memory.max-import-size"),
    /** Any other body: edits, units, match requests. */
    REQUEST("tarjoman.requests.max-body-size");

    private final String property;

    BodyKind(String property) {
        this.property = property;
    }

    /** The configuration property of its limit, named in the 413 problem. */
    public String property() {
        return property;
    }

    long maxBytes(TarjomanConfig config) {
        return switch (this) {
            case ARTICLE -> config.segmentation().maxBodySize().asLongValue();
            case XLIFF -> config.xliff().maxBodySize().asLongValue();
            case TMX -> config.memory().maxImportSize().asLongValue();
            case REQUEST -> config.requests().maxBodySize().asLongValue();
        };
    }

    /** The kind an endpoint declares on its method, else on its class, else {@link #REQUEST}. */
    static BodyKind of(Method endpoint) {
        LimitedBody declared = endpoint.getAnnotation(LimitedBody.class);
        if (declared == null) {
            declared = endpoint.getDeclaringClass().getAnnotation(LimitedBody.class);
        }
        return declared == null ? REQUEST : declared.value();
    }
}
