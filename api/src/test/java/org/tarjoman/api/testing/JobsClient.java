package org.tarjoman.api.testing;

import java.io.InputStream;
import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** {@code /api/v1/jobs}: submitting articles, reading and listing jobs. */
public final class JobsClient {

    private static final String JOBS = "/api/v1/jobs";

    private final TarjomanClient client;

    JobsClient(TarjomanClient client) {
        this.client = client;
    }

    /** Submits a job as JSON; {@link TarjomanClient#submit} builds the body field by field. */
    public Response create(Map<String, ?> body) {
        return client.request().contentType(ContentType.JSON).body(body).post(JOBS);
    }

    /** Submits a JSON body as these bytes, for bodies a map cannot make (too large, malformed). */
    public Response create(byte[] json) {
        return client.request().contentType(ContentType.JSON).body(json).post(JOBS);
    }

    /** Submits a JSON body streamed without a declared length (chunked). */
    public Response create(InputStream json) {
        return client.streamed("application/json", json).post(JOBS);
    }

    /** Submits a file as a form upload ({@code file}) with the other form fields. */
    public Response upload(String fileName, byte[] content, String mediaType, Map<String, String> fields) {
        RequestSpecification request = client.request().multiPart("file", fileName, content, mediaType);
        fields.forEach(request::multiPart);
        return request.post(JOBS);
    }

    public Response get(long jobId) {
        return client.request().get(JOBS + "/" + jobId);
    }

    /** What the job's revision changed against the previous one. */
    public Response changes(long jobId) {
        return client.request().get(JOBS + "/" + jobId + "/changes");
    }

    /** Jobs newest first, filtered by {@code status}, {@code language}, {@code q}, paged by {@code page}, {@code size}. */
    public Response list(Map<String, ?> query) {
        return client.request().queryParams(query).get(JOBS);
    }
}
