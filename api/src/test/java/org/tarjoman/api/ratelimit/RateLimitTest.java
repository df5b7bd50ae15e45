package org.tarjoman.api.ratelimit;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.tarjoman.api.testing.Identity.translator;

import java.util.Map;
import java.util.function.Supplier;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

import org.junit.jupiter.api.Test;
import org.tarjoman.api.testing.TarjomanClient;

/**
 * A caller over its limit for a kind of request gets 429 {@code rate-limited} with {@code Retry-After}
 * and the others go on; limits from {@link RateLimitTestProfile} (3 writes, 2 lookups, 1 export an hour).
 * Each test asks as its own user, so their counts do not mix.
 */
@QuarkusTest
@TestProfile(RateLimitTestProfile.class)
class RateLimitTest {

    private static final TarjomanClient NEWSROOM = new TarjomanClient();
    private static final Map<String, String> ARTICLE = Map.of("text", "تهران و مسکو موافقت‌نامه را امضا کردند.");

    @Test
    void shouldAnswerTooManyRequestsWithRetryAfterOnceAUserSpentTheirWrites() {
        TarjomanClient sara = NEWSROOM.as(translator("sara"));
        spend(RateLimitTestProfile.WRITES, () -> sara.segmentation().segment(ARTICLE));

        sara.segmentation().segment(ARTICLE).then().statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", "1200")
                .body("type", equalTo("/problems.html#rate-limited"))
                .body("detail", equalTo("More than 3 writes per hour from this caller; send again in 1200 s."))
                .body("retryAfter", equalTo(1200));
    }

    @Test
    void shouldCountEachUserApart() {
        TarjomanClient reza = NEWSROOM.as(translator("reza"));
        spend(RateLimitTestProfile.WRITES, () -> reza.segmentation().segment(ARTICLE));
        reza.segmentation().segment(ARTICLE).then().statusCode(429);

        NEWSROOM.as(translator("maryam")).segmentation().segment(ARTICLE).then().statusCode(200);
    }

    @Test
    void shouldCountAnApiKeyAsOneCaller() {
        spend(RateLimitTestProfile.WRITES, () -> NEWSROOM.segmentation().segment(ARTICLE));
        NEWSROOM.segmentation().segment(ARTICLE).then().statusCode(429);

        NEWSROOM.as(translator("niloufar")).segmentation().segment(ARTICLE).then().statusCode(200);
    }

    @Test
    void shouldLimitLookupsAndExportsApartFromWrites() {
        TarjomanClient leila = NEWSROOM.as(translator("leila"));
        spend(RateLimitTestProfile.LOOKUPS, () -> leila.memory("fa-en").getConcordance("تهران", "source"));
        leila.memory("fa-en").getMatches(Map.of("q", "تهران")).then().statusCode(429)
                .body("detail", equalTo("More than 2 memory lookups per hour from this caller; send again in 1800 s."));

        spend(RateLimitTestProfile.EXPORTS, () -> leila.memory("fa-en").getExport());
        leila.memory("fa-en").getExport().then().statusCode(429);

        leila.segmentation().segment(ARTICLE).then().statusCode(200);
    }

    @Test
    void shouldNotLimitOrdinaryReads() {
        TarjomanClient omid = NEWSROOM.as(translator("omid"));
        for (int i = 0; i < 10; i++) {
            omid.jobs().list(Map.of("size", 1)).then().statusCode(200);
        }
    }

    /** Makes the caller's allowed requests: none is refused for the rate. */
    private static void spend(int allowed, Supplier<Response> request) {
        for (int i = 0; i < allowed; i++) {
            request.get().then().statusCode(not(429));
        }
    }
}
