package org.tarjoman.api.testing;

import java.time.Duration;
import java.time.Instant;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/** {@code /api/v1/memories} and {@code /api/v1/imports}: the memories there are and the TMX imports under way. */
public final class MemoriesClient {

    private static final Duration IMPORT_TIMEOUT = Duration.ofSeconds(60);

    private final TarjomanClient client;

    MemoriesClient(TarjomanClient client) {
        this.client = client;
    }

    public Response list() {
        return client.request().get("/api/v1/memories");
    }

    /** Creates a memory: {@code name}, {@code description}, {@code readOnly}. */
    public Response create(java.util.Map<String, ?> memory) {
        return client.request().contentType(io.restassured.http.ContentType.JSON).body(memory).post("/api/v1/memories");
    }

    /** Creates a memory and answers its name. */
    public String create(String name, String description, boolean readOnly) {
        return create(java.util.Map.of("name", name, "description", description, "readOnly", readOnly))
                .then().statusCode(201).extract().jsonPath().getString("name");
    }

    public Response get(String name) {
        return client.request().get("/api/v1/memories/" + name);
    }

    /** Changes a memory's {@code description} or {@code readOnly}. */
    public Response change(String name, java.util.Map<String, ?> change) {
        return client.request().contentType(io.restassured.http.ContentType.JSON).body(change)
                .patch("/api/v1/memories/" + name);
    }

    /** The number of units in {@code memory}, 0 when it does not exist yet. */
    public long units(String memory) {
        java.util.List<Number> units = list().then().statusCode(200).extract().jsonPath()
                .getList("memories.findAll { it.name == '" + memory + "' }.units");
        return units.isEmpty() ? 0 : units.get(0).longValue();
    }

    public Response getImport(String importId) {
        return client.request().get("/api/v1/imports/" + importId);
    }

    /** The recent imports, newest first: {@code memory}, {@code limit}. */
    public Response imports(java.util.Map<String, ?> params) {
        return client.request().queryParams(params).get("/api/v1/imports");
    }

    public Response cancelImport(String importId) {
        return client.request().post("/api/v1/imports/" + importId + "/cancel");
    }

    /** Follows a background import's {@code Location} until it has ended (or a minute passed). */
    public JsonPath awaitImport(String location) {
        Instant deadline = Instant.now().plus(IMPORT_TIMEOUT);
        while (true) {
            JsonPath state = client.request().get(location).then().statusCode(200).extract().jsonPath();
            String s = state.getString("state");
            if (s.equals("DONE") || s.equals("FAILED") || s.equals("CANCELLED") || Instant.now().isAfter(deadline)) {
                return state;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return state;
            }
        }
    }
}
