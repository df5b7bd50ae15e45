package org.tarjoman.api.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tarjoman.api.testing.Identity.translator;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.xml.parsers.SAXParserFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;


import org.junit.jupiter.api.Test;
import org.tarjoman.api.fuzz.RequestMaker.FuzzRequest;
import org.tarjoman.api.testing.Markup;
import org.tarjoman.api.testing.MemoryClient;
import org.tarjoman.api.testing.RawHttp;
import org.tarjoman.api.testing.TarjomanClient;
import org.tarjoman.api.testing.TaskClient;
import org.tarjoman.api.testing.TestData;

/**
 * Every operation of the OpenAPI document, asked a few thousand seeded random and mutated requests
 * ({@link RequestMaker}): none may answer 500 or more, every 4xx must be {@code application/problem+json},
 * no answer may break off, and every XML file answered (TMX, XLIFF) must be well formed, at any point
 * and once more at the end, after all the fuzzed writes.
 *
 * <p>The seed and the number of requests are printed; {@code -Dfuzz.seed=…} and {@code -Dfuzz.requests=…}
 * repeat or widen a run. The fuzzer has its own database ({@link FuzzProfile}): H2 in {@link ApiFuzzTest},
 * PostgreSQL in {@link ApiFuzzPostgresTest} (which refuses some text H2 stores, NUL among it).
 */
abstract class ApiFuzzSpec {

    private static final long DEFAULT_SEED = 20_240_514L;
    private static final int DEFAULT_REQUESTS = 3_000;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TarjomanClient NEWSROOM = new TarjomanClient();
    private static final TarjomanClient TRANSLATOR = NEWSROOM.as(translator("fuzz-translator"));

    @Test
    void shouldAnswerEveryFuzzedRequestBelow500AndEveryErrorAsAProblem() throws Exception {
        long seed = Long.getLong("fuzz.seed", DEFAULT_SEED);
        int requests = Integer.getInteger("fuzz.requests", DEFAULT_REQUESTS);
        JsonNode openApi = JSON.readTree(NEWSROOM.get("/q/openapi?format=json").then().statusCode(200).extract().asByteArray());
        List<Operation> operations = Operation.all(openApi);
        Fixtures fixtures = fixtures();
        RequestMaker maker = new RequestMaker(seed, fixtures, openApi.path("components").path("schemas"));

        Map<Integer, Integer> statuses = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        long started = System.nanoTime();
        for (int i = 0; i < requests; i++) {
            FuzzRequest request = maker.next(operations.get(i % operations.size()));
            String failure;
            try {
                RawHttp.Answer answer = NEWSROOM.raw(request.method(), request.target(), request.headers(), request.body());
                statuses.merge(answer.status(), 1, Integer::sum);
                failure = failure(answer);
            } catch (IOException e) {
                failure = "no answer: " + e;
            }
            if (failure != null) {
                failures.add("#" + i + " " + request + " → " + failure);
            }
        }
        failures.addAll(exportsBrokenAfterwards(fixtures));
        System.out.printf("API fuzz: seed %d, %d requests over %d operations in %.1f s; statuses %s; %d failures "
                        + "(repeat with -Dfuzz.seed=%d -Dfuzz.requests=%d)%n", seed, requests, operations.size(),
                (System.nanoTime() - started) / 1e9, statuses, failures.size(), seed, requests);

        assertThat(operations).hasSizeGreaterThanOrEqualTo(20);
        assertThat(failures).as("fuzzed requests answered wrongly (seed %d)", seed).isEmpty();
    }

    /** What is wrong with an answer, or null. */
    private static String failure(RawHttp.Answer answer) {
        String type = answer.header("Content-Type") == null ? "" : answer.header("Content-Type");
        String body = answer.bodyText();
        String shown = body.length() > 300 ? body.substring(0, 300) + "…" : body;
        if (answer.status() >= 500) {
            return answer.status() + " " + shown;
        }
        if (answer.status() >= 400 && !type.startsWith("application/problem+json")) {
            return answer.status() + " without problem+json (Content-Type '" + type + "') " + shown;
        }
        if (answer.brokenOff()) {
            return answer.status() + " whose body broke off after " + answer.body().length + " bytes";
        }
        if (answer.status() == 200 && type.contains("xml") && !wellFormed(answer.body())) {
            return "200 with a malformed " + type + " file";
        }
        return null;
    }

    /** After all the fuzzed writes, the memory and the task still export as whole, well-formed files. */
    private static List<String> exportsBrokenAfterwards(Fixtures fixtures) throws IOException {
        List<String> broken = new ArrayList<>();
        String task = "/api/v1/jobs/" + fixtures.jobId() + "/tasks/" + Fixtures.LANGUAGE;
        for (String export : List.of("/api/v1/memories/" + Fixtures.MEMORY + "/export", task + "/xliff?version=1.2",
                task + "/xliff?version=2.1", task + "/tmx")) {
            RawHttp.Answer answer = NEWSROOM.raw("GET", export, List.of(), null);
            if (answer.status() != 200 || answer.brokenOff() || !wellFormed(answer.body())) {
                broken.add("export " + export + " after fuzzing → " + answer.status()
                        + (answer.brokenOff() ? " broken off" : " not a well-formed file"));
            }
        }
        return broken;
    }

    private static boolean wellFormed(byte[] xml) {
        try {
            SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.newSAXParser().parse(new ByteArrayInputStream(xml), new org.xml.sax.helpers.DefaultHandler());
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    /** A job of the IRNA sample with one target, a memory unit, a TMX import of NTREX lines, and their files. */
    private static Fixtures fixtures() {
        String article = TestData.irnaMoscowVisit();
        long jobId = NEWSROOM.submit(article).titled("Fuzz fixture").to("en", "ru").create();
        TaskClient english = TRANSLATOR.task(jobId, Fixtures.LANGUAGE);
        List<Long> segmentIds = english.segments().getList("segments.id", Long.class);
        TaskClient.Segment first = english.segment(segmentIds.get(0));
        english.save(first.id(), "Pezeshkian's visit to Moscow will be historic", "DRAFT", first.version())
                .then().statusCode(200);
        MemoryClient memory = NEWSROOM.memory(Fixtures.MEMORY);
        String tmx = tmx(TestData.ntrexPersian().subList(0, 5), TestData.ntrexEnglish().subList(0, 5));
        String importId = memory.importTmx(tmx).then().statusCode(200).extract().jsonPath().getString("id");
        long unitId = memory.add("سفیر کشورمان در فدراسیون روسیه گفت:", "Our ambassador to the Russian Federation said:");
        NEWSROOM.request().contentType("application/json").body(Map.of("name", Fixtures.USER, "password",
                "fuzz-target-password", "roles", List.of("translator"), "languages", List.of("en")))
                .post("/api/v1/users").then().statusCode(201);
        long keyId = NEWSROOM.request().contentType("application/json")
                .body(Map.of("name", "fuzz-key", "scopes", List.of("jobs:read"))).post("/api/v1/keys")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        return new Fixtures(jobId, segmentIds, unitId, importId, keyId, article, tmx, english.xliff("2.1"));
    }

    private static String tmx(List<String> persian, List<String> english) {
        StringBuilder units = new StringBuilder();
        for (int i = 0; i < persian.size(); i++) {
            units.append("    <tu>\n      <tuv xml:lang=\"fa\"><seg>").append(Markup.escape(persian.get(i)))
                    .append("</seg></tuv>\n      <tuv xml:lang=\"en\"><seg>").append(Markup.escape(english.get(i)))
                    .append("</seg></tuv>\n    </tu>\n");
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\">\n  <header creationtool=\"fuzz\" "
                + "creationtoolversion=\"1\" segtype=\"sentence\" o-tmf=\"fuzz\" adminlang=\"en\" srclang=\"fa\" "
                + "datatype=\"plaintext\"/>\n  <body>\n" + units + "  </body>\n</tmx>\n";
    }
}
