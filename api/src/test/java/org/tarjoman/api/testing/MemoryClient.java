package org.tarjoman.api.testing;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** {@code /api/v1/memories/{memory}}: one translation memory's units, matches, concordance and TMX. */
public final class MemoryClient {

    public static final String TMX = "application/x-tmx+xml";

    private final TarjomanClient client;
    private final String path;

    MemoryClient(TarjomanClient client, String name) {
        this.client = client;
        this.path = "/api/v1/memories/" + name;
    }

    /** Adds a unit (creating the memory) and answers its id. */
    public long add(String source, String target) {
        return add(source, target, null, null);
    }

    /** Adds a unit with the segments around its source, for in-context matches. */
    public long add(String source, String target, String previous, String next) {
        Map<String, String> unit = new HashMap<>(Map.of("source", source, "target", target));
        if (previous != null) {
            unit.put("previous", previous);
            unit.put("next", next);
        }
        return addUnit(unit).then().statusCode(201).extract().jsonPath().getLong("id");
    }

    public Response addUnit(Map<String, ?> unit) {
        return json().body(unit).post(path + "/units");
    }

    /** Adds a unit sent as these JSON bytes, for bodies a map cannot make (a lone surrogate escape). */
    public Response addUnit(byte[] json) {
        return json().body(json).post(path + "/units");
    }

    public Response getUnit(long unitId) {
        return client.request().get(path + "/units/" + unitId);
    }

    public Response putUnit(long unitId, Map<String, ?> unit) {
        return json().body(unit).put(path + "/units/" + unitId);
    }

    public Response deleteUnit(long unitId) {
        return client.request().delete(path + "/units/" + unitId);
    }

    /** The matches of {@code query} with the default threshold and limit. */
    public JsonPath matches(String query) {
        return getMatches(Map.of("q", query)).then().statusCode(200).extract().jsonPath();
    }

    /** Matches as answered, for any query parameters ({@code q}, {@code threshold}, {@code limit}). */
    public Response getMatches(Map<String, ?> query) {
        return client.request().queryParams(query).get(path + "/matches");
    }

    /** Matches for a source with its neighbours: {@code source}, {@code previous}, {@code next}. */
    public Response matchInContext(Map<String, ?> request) {
        return json().body(request).post(path + "/matches");
    }

    /** Units containing {@code query} on the {@code source} side, or on {@code side} when not null. */
    public Response getConcordance(String query, String side) {
        RequestSpecification request = client.request().queryParam("q", query);
        if (side != null) {
            request.queryParam("side", side);
        }
        return request.get(path + "/concordance");
    }

    /** Imports a TMX document as the body. */
    public Response importTmx(String tmx) {
        return importTmx(tmx, TMX);
    }

    /** Imports a body of this media type, e.g. {@code application/xml}. */
    public Response importTmx(String body, String mediaType) {
        return client.request().contentType(mediaType).body(body.getBytes(StandardCharsets.UTF_8)).post(path + "/import");
    }

    /** Imports a TMX body streamed without a declared length (chunked). */
    public Response importTmx(InputStream tmx) {
        return client.streamed(TMX, tmx).post(path + "/import");
    }

    /** Imports these bytes as the body, for files that are not valid UTF-8. */
    public Response importTmx(byte[] body) {
        return client.request().contentType(TMX).body(body).post(path + "/import");
    }

    /** Imports a TMX file as a form upload ({@code file}). */
    public Response uploadTmx(String fileName, String tmx) {
        return client.request().multiPart("file", fileName, tmx.getBytes(StandardCharsets.UTF_8), TMX).post(path + "/import");
    }

    public Response getExport() {
        return client.request().get(path + "/export");
    }

    /** Units a filter selects ({@code source}, {@code target}, {@code author}, {@code from}, {@code to}, {@code origin}, {@code after}, {@code limit}). */
    public Response searchUnits(Map<String, ?> filter) {
        return client.request().queryParams(filter).get(path + "/units");
    }

    /** Deletes the units a filter selects ({@code all=true} for every unit). */
    public Response deleteUnits(Map<String, ?> filter) {
        return client.request().queryParams(filter).delete(path + "/units");
    }

    /** What a find-and-replace ({@code find}, {@code replace}, {@code caseSensitive}, {@code wholeWord}, {@code filter}) would change. */
    public Response previewReplacement(Map<String, ?> request) {
        return json().body(request).post(path + "/replacements/preview");
    }

    public Response replace(Map<String, ?> request) {
        return json().body(request).post(path + "/replacements");
    }

    public Response getHistory(long unitId) {
        return client.request().get(path + "/units/" + unitId + "/history");
    }

    /** Units per author and month of the units a filter selects. */
    public Response getStatistics(Map<String, ?> filter) {
        return client.request().queryParams(filter).get(path + "/statistics");
    }

    private RequestSpecification json() {
        return client.request().contentType(ContentType.JSON);
    }
}
