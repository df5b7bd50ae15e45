package org.tarjoman.api.web;

import static io.restassured.RestAssured.given;

import java.util.List;
import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** The REST calls the browser tests set their scene with. */
final class Jobs {

    private Jobs() {
    }

    static long create(String title, String content, List<String> languages) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("title", title, "externalId", "web-" + System.nanoTime(), "targetLanguages", languages,
                        "format", "text", "content", content))
                .post("/api/v1/jobs").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    static JsonPath segments(long jobId, String language) {
        return given().get("/api/v1/jobs/" + jobId + "/tasks/" + language + "/segments?size=2000").then().statusCode(200)
                .extract().jsonPath();
    }

    /** The segment of a job whose source is exactly {@code source}: its id, version, target and status. */
    static Map<String, Object> segment(long jobId, String language, String source) {
        List<Map<String, Object>> all = segments(jobId, language).getList("segments");
        return all.stream().filter(s -> source.equals(s.get("source"))).findFirst()
                .orElseThrow(() -> new AssertionError("no segment " + source));
    }

    static Map<String, Object> segmentById(long jobId, String language, long id) {
        List<Map<String, Object>> all = segments(jobId, language).getList("segments");
        return all.stream().filter(s -> ((Number) s.get("id")).longValue() == id).findFirst().orElseThrow();
    }

    static long id(Map<String, Object> segment) {
        return ((Number) segment.get("id")).longValue();
    }

    static void seedMemory(String memory, String source, String target) {
        given().contentType(ContentType.JSON).body(Map.of("source", source, "target", target, "author", "seed"))
                .post("/api/v1/memories/" + memory + "/units").then().statusCode(201);
    }

    static void save(long jobId, String language, Map<String, Object> segment, String target, String user) {
        given().contentType(ContentType.JSON).header("X-Tarjoman-User", user).header("X-Tarjoman-Role", "translator")
                .body(Map.of("target", target, "status", "DRAFT", "version", segment.get("version")))
                .put("/api/v1/jobs/" + jobId + "/tasks/" + language + "/segments/" + id(segment)).then().statusCode(200);
    }
}
