package org.tarjoman.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

import org.junit.jupiter.api.Test;
import org.tarjoman.api.testing.TarjomanClient;

/**
 * Every answer, whatever its status, tells the browser to take nothing inline, not to frame the page,
 * not to guess content types and not to leak addresses; another origin gets no CORS grant.
 */
@QuarkusTest
@TestProfile(WebTestProfile.class)
class SecurityHeadersTest {

    private static final TarjomanClient CLIENT = new TarjomanClient();
    private static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
            + "frame-ancestors 'none'";

    @Test
    void shouldSendTheSecurityHeadersWithPagesFilesApiAnswersAndErrors() {
        for (String path : List.of("/", "/editor.html", "/js/editor.js", "/css/editor.css", "/api/v1/jobs",
                "/api/v1/jobs/999999999", "/no-such-page")) {
            Response answer = CLIENT.get(path);

            assertThat(answer.header("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
            assertThat(answer.header("X-Frame-Options")).as(path).isEqualTo("DENY");
            assertThat(answer.header("Referrer-Policy")).as(path).isEqualTo("same-origin");
            assertThat(answer.header("Content-Security-Policy")).as(path).isEqualTo(CSP);
        }
    }

    @Test
    void shouldLeaveSwaggerUiItsInlineStartButNotItsFraming() {
        Response answer = CLIENT.get("/q/swagger-ui/");

        assertThat(answer.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(answer.header("Content-Security-Policy")).isNull();
    }

    @Test
    void shouldNeverPutTheHostAClientSendsIntoALink() {
        Response created = CLIENT.request().header("Host", "evil.example").contentType("application/json")
                .body(Map.of("title", "forged host", "content", "سفیر ایران به مسکو رفت.", "targetLanguages", List.of("en")))
                .post("/api/v1/jobs");

        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.header("Location")).startsWith("/api/v1/jobs/");
    }

    @Test
    void shouldNotRedirectASignInToTheHostAClientSends() {
        Response signedIn = CLIENT.anonymous().redirects().follow(false).header("Host", "evil.example")
                .contentType("application/x-www-form-urlencoded").formParam("j_username", "nobody")
                .formParam("j_password", "wrong password").post("/j_security_check");

        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.header("Location")).startsWith("/").doesNotContain("evil.example");
    }

    @Test
    void shouldGrantNoOtherOriginCrossOriginAccess() {
        Response preflight = CLIENT.request().header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "POST").options("/api/v1/jobs");

        assertThat(preflight.header("Access-Control-Allow-Origin")).isNull();
    }
}
