package org.tarjoman.api.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

import org.junit.jupiter.api.Test;
import org.tarjoman.api.testing.TarjomanClient;

/** Systems call with keys an admin made: shown once, kept as a hash, scoped, revocable, their use noted. */
@QuarkusTest
class ApiKeyTest {

    private static final TarjomanClient NEWSROOM = new TarjomanClient();

    @Test
    void shouldShowANewKeyOnceAndKeepOnlyItsHash() {
        JsonPath created = create("cms-reader", "jobs:read");
        String key = created.getString("key");

        assertThat(key).startsWith("tjk_").hasSizeGreaterThan(40);
        NEWSROOM.request().get("/api/v1/keys").then().statusCode(200)
                .body("find { it.name == 'cms-reader' }.key", nullValue())
                .body("find { it.name == 'cms-reader' }.scopes", equalTo(List.of("jobs:read")));
        String stored = QuarkusTransaction.requiringNew().call(() -> ApiKeyEntity.ROWS.findById(created.getLong("id")).keyHash);
        assertThat(stored).isEqualTo(KeyHash.of(key)).hasSize(64).doesNotContain(key);
    }

    @Test
    void shouldLetAKeyDoWhatItsScopesAllowAndNothingElse() {
        String key = create("cms-jobs-reader", "jobs:read").getString("key");

        as(key).get("/api/v1/jobs").then().statusCode(200);
        as(key).contentType(ContentType.JSON).body(Map.of("title", "t", "targetLanguages", List.of("en"), "content", "کلید خواننده کاری نمی‌سازد."))
                .post("/api/v1/jobs").then().statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("/problems.html#forbidden"));
        as(key).get("/api/v1/memories").then().statusCode(403);
    }

    @Test
    void shouldRefuseARevokedKeyFromItsNextRequest() {
        JsonPath created = create("cms-revoked", "jobs:read");
        as(created.getString("key")).get("/api/v1/jobs").then().statusCode(200);

        NEWSROOM.request().delete("/api/v1/keys/" + created.getLong("id")).then().statusCode(200)
                .body("revokedAt", notNullValue());

        as(created.getString("key")).get("/api/v1/jobs").then().statusCode(401).contentType("application/problem+json")
                .body("type", equalTo("/problems.html#unauthenticated"));
        NEWSROOM.request().get("/api/v1/audit").then()
                .body("entries.findAll { it.target == 'key " + created.getLong("id") + " cms-revoked' }.action",
                        hasItem("KEY_REVOKED"));
    }

    @Test
    void shouldRefuseAnUnknownKeyAsAProblem() {
        as("tjk_no-such-key-0000000000000000000000000000000").get("/api/v1/jobs").then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void shouldNoteWhenAKeyWasLastUsedAndAuditItsWrites() {
        JsonPath created = create("cms-writer", "memory:write");
        as(created.getString("key")).contentType(ContentType.JSON).body(Map.of("source", "کلید سامانه خبری واحدی افزود.", "target", "The newsroom system's key added a unit."))
                .post("/api/v1/memories/fa-en/units").then().statusCode(201).body("author", equalTo("cms-writer"));

        NEWSROOM.request().get("/api/v1/keys").then()
                .body("find { it.name == 'cms-writer' }.lastUsedAt", notNullValue());
        NEWSROOM.request().get("/api/v1/audit").then()
                .body("entries.findAll { it.actor == 'cms-writer' }.action", hasItem("KEY_WRITE"));
    }

    @Test
    void shouldAuditAKeysFirstWriteThatComesRightAfterItsReads() {
        JsonPath created = create("cms-reader-writer", "memory:read", "memory:write");
        String key = created.getString("key");
        as(key).get("/api/v1/memories").then().statusCode(200);
        as(key).get("/api/v1/memories").then().statusCode(200);

        as(key).contentType(ContentType.JSON).body(Map.of("source", "سامانه خبری پس از خواندن واحدی نوشت.", "target", "The newsroom system wrote a unit after reading."))
                .post("/api/v1/memories/fa-en/units").then().statusCode(201);

        NEWSROOM.request().get("/api/v1/audit").then()
                .body("entries.findAll { it.actor == 'cms-reader-writer' }.action", hasItem("KEY_WRITE"));
    }

    @Test
    void shouldRefuseAKeyWithAnUnknownScope() {
        NEWSROOM.request().contentType(ContentType.JSON).body(Map.of("name", "bad", "scopes", List.of("jobs:delete")))
                .post("/api/v1/keys").then().statusCode(400).body("detail", org.hamcrest.Matchers.containsString("jobs:delete"));
    }

    private static JsonPath create(String name, String... scopes) {
        return NEWSROOM.request().contentType(ContentType.JSON).body(Map.of("name", name, "scopes", List.of(scopes)))
                .post("/api/v1/keys").then().statusCode(201).extract().jsonPath();
    }

    private static RequestSpecification as(String key) {
        return NEWSROOM.anonymous().header("Authorization", "Bearer " + key);
    }
}
