package org.tarjoman.api.testing;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** {@code /api/v1/jobs/{id}/tasks/{lang}}: one target language of a job, as its translators and the newsroom use it. */
public final class TaskClient {

    /** The largest page the API gives: every segment of the tasks tests make. */
    private static final int ALL = 2000;
    private static final String XLIFF = "application/xliff+xml";

    /** One segment of the task as the segment list shows it. */
    public record Segment(long id, long version, String source, String target, String status) {

        static Segment of(Map<String, Object> json) {
            return new Segment(((Number) json.get("id")).longValue(), ((Number) json.get("version")).longValue(),
                    (String) json.get("source"), (String) json.get("target"), (String) json.get("status"));
        }
    }

    private final TarjomanClient client;
    private final String path;

    TaskClient(TarjomanClient client, long jobId, String language) {
        this.client = client;
        this.path = "/api/v1/jobs/" + jobId + "/tasks/" + language;
    }

    /** Assigns the task, moves its due date or closes it ({@code closeReason}, managers only). */
    public Response update(Map<String, ?> change) {
        return client.request().contentType(ContentType.JSON).body(change).put(path);
    }

    /** The task's memory matches of a segment (default threshold and limit), each naming its memory. */
    public JsonPath matches(String source) {
        return getMatches(Map.of("q", source)).then().statusCode(200).extract().jsonPath();
    }

    /** The task's memory matches as answered, for any query parameters ({@code q}, {@code threshold}, {@code limit}). */
    public Response getMatches(Map<String, ?> query) {
        return client.request().queryParams(query).get(path + "/matches");
    }

    /** The task's memory matches of a segment with its neighbours: {@code source}, {@code previous}, {@code next}. */
    public Response matchInContext(Map<String, ?> request) {
        return client.request().contentType(ContentType.JSON).body(request).post(path + "/matches");
    }

    /** The task's concordance as answered: a phrase ({@code q}) in the memories the task reads, on {@code side}. */
    public Response getConcordance(String query, String side) {
        return getConcordance(Map.of("q", query, "side", side));
    }

    /** The task's concordance as answered, for any query parameters ({@code q}, {@code side}, {@code limit}). */
    public Response getConcordance(Map<String, ?> query) {
        return client.request().queryParams(query).get(path + "/concordance");
    }

    /** The memories the task reads and writes: {@code read[i].name}, {@code read[i].penalty}, {@code write}. */
    public Response getMemories() {
        return client.request().get(path + "/memories");
    }

    /** Changes the memories the task reads and writes (a job submission's {@code memories} entry of one language). */
    public Response putMemories(Map<String, ?> setup) {
        return client.request().contentType(ContentType.JSON).body(setup).put(path + "/memories");
    }

    /** Every segment in article order (one page of up to 2,000): {@code total}, {@code segments[i].id}, …. */
    public JsonPath segments() {
        return client.request().queryParam("size", ALL).get(path + "/segments").then().statusCode(200)
                .extract().jsonPath();
    }

    /** The first page of segments as answered, for a task that may not be there. */
    public Response getSegments() {
        return client.request().get(path + "/segments");
    }

    /** The segment whose source is exactly {@code source}. */
    public Segment segmentWithSource(String source) {
        return find(s -> source.equals(s.get("source")), "no segment " + source);
    }

    /** The first segment whose source contains {@code fragment}. */
    public Segment segmentContaining(String fragment) {
        return find(s -> ((String) s.get("source")).contains(fragment), "no segment containing " + fragment);
    }

    public Segment segment(long segmentId) {
        return find(s -> ((Number) s.get("id")).longValue() == segmentId, "no segment " + segmentId);
    }

    /** Saves a translation: {@code version} is the one read; the role of this client decides the status moves allowed. */
    public Response save(long segmentId, String target, String status, long version) {
        Map<String, Object> body = new HashMap<>();
        body.put("target", target);
        body.put("status", status);
        body.put("version", version);
        return save(segmentId, body);
    }

    /** Saves a body of one's own, e.g. with the {@code origin} and {@code score} of a memory match taken. */
    public Response save(long segmentId, Map<String, ?> body) {
        return client.request().contentType(ContentType.JSON).body(body).put(path + "/segments/" + segmentId);
    }

    /** Saves a JSON body streamed without a declared length (chunked). */
    public Response save(long segmentId, InputStream json) {
        return client.streamed("application/json", json).put(path + "/segments/" + segmentId);
    }

    /** The QA findings of a draft target, nothing saved: {@code findings[i].code}, {@code .span.start}, …. */
    public Response check(long segmentId, String target) {
        Map<String, Object> body = new HashMap<>();
        body.put("target", target);
        return client.request().contentType(ContentType.JSON).body(body).post(path + "/segments/" + segmentId + "/check");
    }

    /** A segment's placeables: {@code placeables[i].type}, {@code .text}, {@code .value}, {@code .localized}. */
    public Response placeables(long segmentId) {
        return client.request().get(path + "/segments/" + segmentId + "/placeables");
    }

    /** The task's QA report as answered: {@code findings[i].segmentId}, {@code .code}, {@code .span.start}, …. */
    public Response getQa() {
        return client.request().get(path + "/qa");
    }

    /** The glossary terms in a segment's source: {@code terms[i].start}, {@code .text}, {@code .terms[j].target}, …. */
    public Response getTerms(long segmentId) {
        return client.request().get(path + "/segments/" + segmentId + "/terms");
    }

    public Response getHistory(long segmentId) {
        return client.request().get(path + "/segments/" + segmentId + "/history");
    }

    /** The translated article in its format; 409 while unfinished. */
    public Response getDocument() {
        return client.request().get(path + "/document");
    }

    /** The article with what is translated so far, the rest in Persian. */
    public Response getPartialDocument() {
        return client.request().queryParam("partial", true).get(path + "/document");
    }

    /** The task as XLIFF {@code 1.2} or {@code 2.1}. */
    public String xliff(String version) {
        return getXliff(version).then().statusCode(200).extract().asString();
    }

    /** The XLIFF export as answered; a null {@code version} asks for the default. */
    public Response getXliff(String version) {
        RequestSpecification request = client.request();
        if (version != null) {
            request.queryParam("version", version);
        }
        return request.get(path + "/xliff");
    }

    /** Imports a translated XLIFF file as its body. */
    public Response importXliff(String xliff) {
        return xliffBody(xliff).put(path + "/xliff");
    }

    /** Imports an XLIFF body streamed without a declared length (chunked). */
    public Response importXliff(InputStream xliff) {
        return client.streamed(XLIFF, xliff).put(path + "/xliff");
    }

    /** Imports a translated XLIFF file over segments edited since its export. */
    public Response importXliffForced(String xliff) {
        return xliffBody(xliff).queryParam("force", true).put(path + "/xliff");
    }

    /** Imports a translated XLIFF file as a form upload ({@code file}). */
    public Response uploadXliff(String fileName, String xliff, String mediaType) {
        return client.request().multiPart("file", fileName, xliff.getBytes(StandardCharsets.UTF_8), mediaType)
                .put(path + "/xliff");
    }

    /** The task's translated and reviewed pairs as TMX. */
    public Response getTmx() {
        return client.request().get(path + "/tmx");
    }

    /** The bilingual review document (HTML attachment). */
    public Response getReviewDocument() {
        return client.request().accept("text/html").get(path + "/review-document");
    }

    /** Asks for the task's pre-translation by machine ({@code POST …/mt}): 202 with the progress. */
    public Response pretranslate() {
        return client.request().post(path + "/mt");
    }

    /** The task's pre-translation progress as answered. */
    public Response getMt() {
        return client.request().get(path + "/mt");
    }

    /** One segment's machine translation, not saved. */
    public Response suggest(long segmentId) {
        return client.request().post(path + "/segments/" + segmentId + "/mt");
    }

    private RequestSpecification xliffBody(String xliff) {
        return client.request().contentType(XLIFF).body(xliff.getBytes(StandardCharsets.UTF_8));
    }

    private Segment find(Predicate<Map<String, Object>> wanted, String otherwise) {
        List<Map<String, Object>> all = segments().getList("segments");
        return all.stream().filter(wanted).findFirst().map(Segment::of).orElseThrow(() -> new AssertionError(otherwise));
    }
}
