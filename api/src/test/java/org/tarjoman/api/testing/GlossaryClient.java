package org.tarjoman.api.testing;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** {@code /api/v1/glossaries/{pair}/terms}: a pair's glossary. */
public final class GlossaryClient {

    private final TarjomanClient client;
    private final String path;

    GlossaryClient(TarjomanClient client, String pair) {
        this.client = client;
        this.path = "/api/v1/glossaries/" + pair + "/terms";
    }

    /** Adds a term: {@code source}, {@code target}, {@code alternatives}, {@code forbidden}, … */
    public Response create(Map<String, ?> term) {
        return client.request().contentType(ContentType.JSON).body(term).post(path);
    }

    /** Adds a term and answers its id. */
    public long add(Map<String, ?> term) {
        return create(term).then().statusCode(201).extract().jsonPath().getLong("id");
    }

    public Response get(long id) {
        return client.request().get(path + "/" + id);
    }

    /** A page of terms: {@code q}, {@code domain}, {@code page}, {@code size}. */
    public Response list(Map<String, ?> query) {
        return client.request().queryParams(query).get(path);
    }

    public Response update(long id, Map<String, ?> term) {
        return client.request().contentType(ContentType.JSON).body(term).put(path + "/" + id);
    }

    public Response delete(long id) {
        return client.request().delete(path + "/" + id);
    }

    public Response getCsv() {
        return client.request().get(path + ".csv");
    }

    public Response importCsv(String csv) {
        return client.request().contentType("text/csv; charset=UTF-8").body(csv.getBytes(StandardCharsets.UTF_8))
                .post(path + ".csv");
    }

    public Response getTbx() {
        return client.request().get(path + ".tbx");
    }

    public Response importTbx(String tbx) {
        return client.request().contentType("application/x-tbx+xml").body(tbx.getBytes(StandardCharsets.UTF_8))
                .post(path + ".tbx");
    }
}
