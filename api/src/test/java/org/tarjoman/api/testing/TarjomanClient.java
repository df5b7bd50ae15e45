package org.tarjoman.api.testing;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Tarjoman's REST API as the tests drive it, on the app {@code @QuarkusTest} started (RestAssured's
 * port). One client acts as one {@link Identity}, or as the newsroom system without one:
 *
 * <pre>
 * TarjomanClient newsroom = new TarjomanClient();
 * long jobId = newsroom.submit(article).titled("Pezeshkian's visit").to("en", "ru").create();
 * TaskClient english = newsroom.as(Identity.translator("sara")).task(jobId, "en");
 * english.save(segmentId, "Tehran and Moscow signed.", "TRANSLATED", version).then().statusCode(200);
 * </pre>
 *
 * Methods named after a resource answer its body once it came with 200 ({@code segments()},
 * {@code matches(q)}); {@code get…} methods and the writes answer the {@link Response} for the test to
 * check. Every request starts in {@link #request()}, the one place that says who is asking: the
 * newsroom system with its API key ({@code Authorization: Bearer}), a person with the session cookie
 * of their sign-in and the CSRF token ({@link Sessions}: the person is created on first use).
 */
public final class TarjomanClient {

    private final Identity identity;
    /** The app's port, or 0 for the one {@code @QuarkusTest} started (RestAssured's). */
    private final int port;

    /** The newsroom system: no identity. */
    public TarjomanClient() {
        this(null, 0);
    }

    private TarjomanClient(Identity identity, int port) {
        this.identity = identity;
        this.port = port;
    }

    /** The newsroom system talking to an app this test started itself, on the loopback address. */
    public static TarjomanClient onPort(int port) {
        return new TarjomanClient(null, port);
    }

    /** The same API, asked by {@code someone}. */
    public TarjomanClient as(Identity someone) {
        return new TarjomanClient(someone, port);
    }

    /** A request that says who is asking; every call of this client and its parts starts here. */
    public RequestSpecification request() {
        RequestSpecification request = Sessions.base(port);
        if (identity == null) {
            request.header("Authorization", "Bearer " + TestAccounts.API_KEY);
        } else {
            Sessions.of(identity, port).applyTo(request);
        }
        return request;
    }

    /** The same address without any credential: what an anonymous caller gets. */
    public RequestSpecification anonymous() {
        return Sessions.base(port);
    }

    /**
     * A request whose body is streamed without a declared length (chunked transfer), whatever its media
     * type: RestAssured would otherwise read a JSON or XML stream whole and declare its length.
     */
    public RequestSpecification streamed(String mediaType, InputStream body) {
        return request().config(RestAssured.config().encoderConfig(EncoderConfig.encoderConfig()
                .encodeContentTypeAs(mediaType, ContentType.BINARY))).contentType(mediaType).body(body);
    }

    /** Any page or endpoint outside {@code /api/v1}: the web pages, {@code /q/health}, {@code /q/openapi}. */
    public Response get(String path) {
        return request().get(path);
    }

    /**
     * A request written byte for byte ({@link RawHttp}), for what RestAssured will not send: a broken
     * {@code %}-escape in the target, Latin-1 header bytes. Says who is asking like {@link #request()},
     * unless the headers bring an {@code Authorization} of their own.
     */
    public RawHttp.Answer raw(String method, String target, List<Map.Entry<String, String>> headers, byte[] body)
            throws IOException {
        List<Map.Entry<String, String>> all = new ArrayList<>();
        if (headers.stream().anyMatch(h -> h.getKey().equalsIgnoreCase("Authorization"))) {
            // the request brings its own credential
        } else if (identity == null) {
            all.add(Map.entry("Authorization", "Bearer " + TestAccounts.API_KEY));
        } else {
            all.addAll(Sessions.of(identity, port).headers());
        }
        all.addAll(headers);
        return RawHttp.send("localhost", port == 0 ? RestAssured.port : port, new RawHttp.Request(method, target, all, body));
    }

    /** An article to submit as a job: JSON with {@code content}, the rest set on the {@link Submission}. */
    public Submission submit(String content) {
        return new Submission(jobs(), content);
    }

    /**
     * Submits a one-sentence job with this callback and takes its English task through translation and
     * review, so the job is done and its {@code task.done} and {@code job.done} events are due; answers its id.
     */
    public long finishOneSentenceJob(String callbackUrl, String title) {
        long jobId = submit("مذاکرات دو کشور در مسکو ادامه دارد.").titled(title).to("en").callbackUrl(callbackUrl).create();
        io.restassured.path.json.JsonPath segments = task(jobId, "en").segments();
        long id = segments.getLong("segments[0].id");
        long version = segments.getLong("segments[0].version");
        as(Identity.translator("one-sentence-translator")).task(jobId, "en")
                .save(id, "The two countries' talks go on in Moscow.", "TRANSLATED", version).then().statusCode(200);
        as(Identity.reviewer("one-sentence-reviewer")).task(jobId, "en")
                .save(id, "The two countries' talks go on in Moscow.", "REVIEWED", version + 1).then().statusCode(200);
        return jobId;
    }

    public JobsClient jobs() {
        return new JobsClient(this);
    }

    /** The task of a job for one target language: segments, saves, delivery, XLIFF and TMX. */
    public TaskClient task(long jobId, String language) {
        return new TaskClient(this, jobId, language);
    }

    /** One translation memory by name, e.g. {@code fa-en}. */
    public MemoryClient memory(String name) {
        return new MemoryClient(this, name);
    }

    /** The list of memories and the state of TMX imports. */
    public MemoriesClient memories() {
        return new MemoriesClient(this);
    }

    /** The glossary of a pair ({@code fa-en}, {@code fa-ru}): its terms, CSV and TBX. */
    public GlossaryClient glossary(String pair) {
        return new GlossaryClient(this, pair);
    }

    public SegmentationClient segmentation() {
        return new SegmentationClient(this);
    }
}
