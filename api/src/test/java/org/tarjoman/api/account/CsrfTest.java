package org.tarjoman.api.account;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import org.junit.jupiter.api.Test;
import org.tarjoman.api.testing.TarjomanClient;
import org.tarjoman.api.testing.TestAccounts;

/** A write with the session cookie must echo the CSRF cookie in X-CSRF-Token; a write with an API key need not. */
@QuarkusTest
class CsrfTest {

    private static final TarjomanClient NEWSROOM = new TarjomanClient();
    private static final Map<String, String> ARTICLE = Map.of("text", "تهران و مسکو موافقت‌نامه را امضا کردند.");

    @Test
    void shouldRefuseASignedInWriteWithoutTheToken() {
        String session = session("csrf-ava");
        NEWSROOM.anonymous().cookie("quarkus-credential", session).contentType(ContentType.JSON).body(ARTICLE)
                .post("/api/v1/segmentation").then().statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("/problems.html#forbidden")).body("detail", containsString("X-CSRF-Token"));
    }

    @Test
    void shouldAcceptASignedInWriteThatEchoesTheCookie() {
        String session = session("csrf-babak");
        String token = NEWSROOM.anonymous().cookie("quarkus-credential", session).get("/api/v1/me").getCookie("tarjoman-csrf");

        NEWSROOM.anonymous().cookie("quarkus-credential", session).cookie("tarjoman-csrf", token).header("X-CSRF-Token", token)
                .contentType(ContentType.JSON).body(ARTICLE).post("/api/v1/segmentation").then().statusCode(200);
        NEWSROOM.anonymous().cookie("quarkus-credential", session).cookie("tarjoman-csrf", token)
                .header("X-CSRF-Token", token + "x").contentType(ContentType.JSON).body(ARTICLE)
                .post("/api/v1/segmentation").then().statusCode(403);
    }

    @Test
    void shouldRefuseASignedInWriteFromAnotherSiteEvenWithTheToken() {
        String session = session("csrf-cyrus");
        String token = NEWSROOM.anonymous().cookie("quarkus-credential", session).get("/api/v1/me").getCookie("tarjoman-csrf");

        NEWSROOM.anonymous().cookie("quarkus-credential", session).cookie("tarjoman-csrf", token).header("X-CSRF-Token", token)
                .header("Origin", "https://evil.example").contentType(ContentType.JSON).body(ARTICLE)
                .post("/api/v1/segmentation").then().statusCode(403).body("detail", containsString("another site"));
    }

    @Test
    void shouldNotAskAKeyForAToken() {
        NEWSROOM.segmentation().segment(ARTICLE).then().statusCode(200);
    }

    @Test
    void shouldGiveAReadableSameSiteCookieToASignedInPage() {
        Response me = NEWSROOM.anonymous().cookie("quarkus-credential", session("csrf-dara")).get("/api/v1/me");
        String cookie = me.getHeaders().getValues("Set-Cookie").stream().filter(c -> c.startsWith("tarjoman-csrf="))
                .findFirst().orElseThrow();
        org.assertj.core.api.Assertions.assertThat(cookie).containsIgnoringCase("SameSite=Strict")
                .doesNotContainIgnoringCase("HttpOnly");
    }

    private static String session(String name) {
        NEWSROOM.request().contentType(ContentType.JSON).body(Map.of("name", name, "password", TestAccounts.passwordOf(name),
                "roles", List.of("translator"), "languages", List.of("en"))).post("/api/v1/users").then().statusCode(201);
        return NEWSROOM.anonymous().redirects().follow(false).contentType(ContentType.URLENC).formParam("j_username", name)
                .formParam("j_password", TestAccounts.passwordOf(name)).post("/j_security_check").getCookie("quarkus-credential");
    }
}
