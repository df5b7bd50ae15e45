package org.tarjoman.api.testing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.restassured.response.Response;

/** An article on its way in as a job ({@code POST /api/v1/jobs}, JSON); only the fields set are sent. */
public final class Submission {

    private final JobsClient jobs;
    private final Map<String, Object> body = new LinkedHashMap<>();

    Submission(JobsClient jobs, String content) {
        this.jobs = jobs;
        body.put("content", content);
    }

    public Submission titled(String title) {
        return with("title", title);
    }

    public Submission externalId(String externalId) {
        return with("externalId", externalId);
    }

    public Submission from(String sourceLanguage) {
        return with("sourceLanguage", sourceLanguage);
    }

    public Submission to(String... targetLanguages) {
        return to(List.of(targetLanguages));
    }

    public Submission to(List<String> targetLanguages) {
        return with("targetLanguages", targetLanguages);
    }

    /** {@code text} (the default) or {@code html}. */
    public Submission format(String format) {
        return with("format", format);
    }

    /** Where the newsroom wants its webhooks. */
    public Submission callbackUrl(String url) {
        return with("callbackUrl", url);
    }

    /** The memories each target language's task reads and writes: {@code {"en": {"read": [...], "write": "fa-en"}}}. */
    public Submission memories(Map<String, ?> setup) {
        return with("memories", setup);
    }

    /** Posts it: 201 for a new job or revision, 200 for the same article again, a problem when refused. */
    public Response post() {
        return jobs.create(body);
    }

    /** Posts it as a new job and answers the job's id. */
    public long create() {
        return post().then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private Submission with(String field, Object value) {
        body.put(field, value);
        return this;
    }
}
