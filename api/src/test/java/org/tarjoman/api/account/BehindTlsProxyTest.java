package org.tarjoman.api.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import org.junit.jupiter.api.Test;
import org.tarjoman.api.testing.TarjomanClient;
import org.tarjoman.api.testing.TestAccounts;

/**
 * A deployment behind a TLS proxy that opens the API documents: cookies say {@code Secure} although
 * the app itself speaks plain HTTP, and the OpenAPI document, Swagger UI and metrics need no sign-in.
 */
@QuarkusTest
@TestProfile(BehindTlsProxyTest.Profile.class)
class BehindTlsProxyTest {

    public static class Profile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("tarjoman.security.secure-cookies", "true", "tarjoman.security.open-docs", "true",
                    "tarjoman.data-dir", "target/test-data-tls-proxy");
        }
    }

    private static final TarjomanClient NEWSROOM = new TarjomanClient();

    @Test
    void shouldMarkTheSessionAndCsrfCookiesSecure() {
        String name = "tls-shirin-" + System.nanoTime(); // the data folder outlives a run
        NEWSROOM.request().contentType(ContentType.JSON).body(Map.of("name", name, "password",
                TestAccounts.passwordOf(name), "roles", List.of("translator"), "languages", List.of("en")))
                .post("/api/v1/users").then().statusCode(201);

        Response signedIn = NEWSROOM.anonymous().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("j_username", name).formParam("j_password", TestAccounts.passwordOf(name))
                .post("/j_security_check");
        String session = signedIn.getHeaders().getValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("quarkus-credential=")).findFirst().orElseThrow();
        assertThat(session).containsIgnoringCase("; Secure");

        Response me = NEWSROOM.anonymous().cookie("quarkus-credential", signedIn.getCookie("quarkus-credential"))
                .get("/api/v1/me");
        String csrf = me.getHeaders().getValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("tarjoman-csrf=")).findFirst().orElseThrow();
        assertThat(csrf).containsIgnoringCase("; Secure");
    }

    @Test
    void shouldOpenTheApiDocumentsAndMetricsWithoutSignIn() {
        for (String path : List.of("/q/openapi", "/q/swagger-ui/", "/q/metrics")) {
            assertThat(NEWSROOM.anonymous().get(path).statusCode()).as(path).isEqualTo(200);
        }
        assertThat(NEWSROOM.anonymous().get("/api/v1/jobs").statusCode()).isEqualTo(401);
    }
}
