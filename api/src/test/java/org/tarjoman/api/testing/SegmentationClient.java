package org.tarjoman.api.testing;

import java.io.InputStream;
import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** {@code POST /api/v1/segmentation}: an article in, its blocks and segments out. */
public final class SegmentationClient {

    private static final String SEGMENTATION = "/api/v1/segmentation";

    private final TarjomanClient client;

    SegmentationClient(TarjomanClient client) {
        this.client = client;
    }

    /** A JSON request: {@code text}, {@code format}, {@code language}. */
    public Response segment(Map<String, ?> request) {
        return client.request().contentType(ContentType.JSON).body(request).post(SEGMENTATION);
    }

    /** A body of any media type as these bytes: a plain-text or HTML article, or a malformed one. */
    public Response segment(String mediaType, byte[] body) {
        return client.request().contentType(mediaType).body(body).post(SEGMENTATION);
    }

    /** A body streamed without a declared length (chunked). */
    public Response segment(String mediaType, InputStream body) {
        return client.streamed(mediaType, body).post(SEGMENTATION);
    }
}
