package org.tarjoman.api.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import org.junit.jupiter.api.Test;
import org.tarjoman.api.testing.Identity;
import org.tarjoman.api.testing.TarjomanClient;
import org.tarjoman.api.testing.TestAccounts;

/** People sign in through the form, get an HttpOnly session cookie, and lose it when disabled. */
@QuarkusTest
class SignInTest {

    private static final TarjomanClient NEWSROOM = new TarjomanClient();

    @Inject
    SignInThrottle throttle;

    @Test
    void shouldAnswerTheApiWithoutCredentials401AsAProblemNeverARedirect() {
        for (String path : List.of("/api/v1/jobs", "/api/v1/me", "/api/v1/users", "/q/openapi", "/q/metrics")) {
            NEWSROOM.anonymous().redirects().follow(false).get(path).then().statusCode(401)
                    .contentType("application/problem+json")
                    .header("WWW-Authenticate", containsString("Bearer"))
                    .body("type", equalTo("/problems.html#unauthenticated"));
        }
    }

    @Test
    void shouldSendAPageRequestWithoutSessionToTheSignInPage() {
        for (String path : List.of("/", "/jobs/42/en", "/editor.html", "/js/api.js")) {
            NEWSROOM.anonymous().redirects().follow(false).get(path).then().statusCode(401)
                    .contentType(containsString("text/html"))
                    .body(containsString("<meta http-equiv=\"refresh\" content=\"0; url=/sign-in.html\">"));
        }
    }

    @Test
    void shouldOpenTheSignInPageWhatItNeedsTheErrorTypesAndHealthToEveryone() {
        NEWSROOM.anonymous().get("/sign-in.html").then().statusCode(200).body(containsString("/j_security_check"));
        NEWSROOM.anonymous().get("/css/tarjoman.css").then().statusCode(200);
        NEWSROOM.anonymous().get("/problems.html").then().statusCode(200).body(containsString("unauthenticated"));
        NEWSROOM.anonymous().get("/q/health").then().statusCode(200);
    }

    @Test
    void shouldSignInThroughTheFormWithAnHttpOnlyStrictCookieAndLandOnTheDashboard() {
        person("sign-in-parvin");
        Response signedIn = signIn("sign-in-parvin", TestAccounts.passwordOf("sign-in-parvin"));

        signedIn.then().statusCode(302).header("Location", containsString("/"));
        String cookie = signedIn.getHeaders().getValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("quarkus-credential=")).findFirst().orElseThrow();
        assertThat(cookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Strict");
        NEWSROOM.anonymous().cookie("quarkus-credential", signedIn.getCookie("quarkus-credential")).get("/api/v1/me")
                .then().statusCode(200).body("name", equalTo("sign-in-parvin")).body("kind", equalTo("session"))
                .body("roles", equalTo(List.of("translator"))).body("languages", equalTo(List.of("en", "ru")))
                .body("scopes", equalTo(List.of("jobs:read", "memory:read")));
    }

    @Test
    void shouldSendAFailedSignInBackToTheFormAndAuditIt() {
        person("sign-in-kaveh");
        Response failed = signIn("sign-in-kaveh", "not-the-password");

        failed.then().statusCode(302).header("Location", containsString("/sign-in.html#failed"));
        assertThat(failed.getCookie("quarkus-credential")).isNull();
        NEWSROOM.request().get("/api/v1/audit").then().statusCode(200)
                .body("entries.findAll { it.target == 'sign-in-kaveh' }.action", hasItems("SIGN_IN_FAILED"));
    }

    @Test
    void shouldSlowSignInsOfANameDownAfterFailuresAndResetOnSuccess() {
        person("sign-in-bijan");
        String address = "127.0.0.1";
        assertThat(throttle.delay("sign-in-bijan", "192.0.2.1")).isZero();

        signIn("sign-in-bijan", "wrong-password-1");
        Duration afterOne = throttle.delay("sign-in-bijan", "192.0.2.1");
        signIn("sign-in-bijan", "wrong-password-2");
        Duration afterTwo = throttle.delay("sign-in-bijan", "192.0.2.1");
        assertThat(afterOne).isPositive();
        assertThat(afterTwo).isGreaterThan(afterOne);
        assertThat(throttle.delay("someone-else", address)).as("the address is slowed down too").isPositive();

        signIn("sign-in-bijan", TestAccounts.passwordOf("sign-in-bijan")).then().statusCode(302);
        assertThat(throttle.delay("sign-in-bijan", address)).isZero();
    }

    @Test
    void shouldKeepPasswordsAsBcryptHashesOnly() {
        person("sign-in-shirin");
        String hash = QuarkusTransaction.requiringNew().call(() -> AccountEntity.byName("sign-in-shirin").passwordHash);

        assertThat(hash).startsWith("$2").doesNotContain(TestAccounts.passwordOf("sign-in-shirin"));
        NEWSROOM.request().get("/api/v1/users").then().statusCode(200)
                .body(org.hamcrest.Matchers.not(containsString("$2")));
    }

    @Test
    void shouldStopADisabledPersonsSessionAtTheirNextRequest() {
        person("sign-in-dariush");
        String cookie = signIn("sign-in-dariush", TestAccounts.passwordOf("sign-in-dariush")).getCookie("quarkus-credential");
        NEWSROOM.anonymous().cookie("quarkus-credential", cookie).get("/api/v1/jobs").then().statusCode(200);

        NEWSROOM.request().post("/api/v1/users/sign-in-dariush/disable").then().statusCode(200).body("disabled", equalTo(true));

        NEWSROOM.anonymous().cookie("quarkus-credential", cookie).get("/api/v1/jobs").then().statusCode(401)
                .contentType("application/problem+json").body("type", equalTo("/problems.html#unauthenticated"));
        signIn("sign-in-dariush", TestAccounts.passwordOf("sign-in-dariush")).then()
                .header("Location", containsString("#failed"));
        NEWSROOM.request().post("/api/v1/users/sign-in-dariush/enable").then().statusCode(200);
        NEWSROOM.anonymous().cookie("quarkus-credential", cookie).get("/api/v1/jobs").then().statusCode(200);
    }

    @Test
    void shouldClearTheSessionCookieOnSignOut() {
        TarjomanClient nasrin = NEWSROOM.as(Identity.translator("sign-in-nasrin"));
        Response signedOut = nasrin.request().post("/api/v1/session/sign-out");

        signedOut.then().statusCode(204);
        assertThat(signedOut.getHeaders().getValues("Set-Cookie"))
                .anySatisfy(c -> assertThat(c).startsWith("quarkus-credential=").containsIgnoringCase("Max-Age=0"));
    }

    @Test
    void shouldLetTheBootstrapAdminSignInAndTheBootstrapKeyCallEverything() {
        String cookie = signIn(TestAccounts.ADMIN, TestAccounts.ADMIN_PASSWORD).getCookie("quarkus-credential");
        NEWSROOM.anonymous().cookie("quarkus-credential", cookie).get("/api/v1/me").then().statusCode(200)
                .body("roles", equalTo(List.of("admin", "manager", "translator", "reviewer")));

        NEWSROOM.request().get("/api/v1/me").then().statusCode(200).body("name", equalTo("bootstrap"))
                .body("kind", equalTo("key")).body("scopes", hasItems("jobs:write", "memory:write", "admin"));
        NEWSROOM.request().get("/api/v1/keys").then().statusCode(200)
                .body("find { it.name == 'bootstrap' }.scopes.size()", equalTo(Scope.values().length))
                .body(org.hamcrest.Matchers.not(containsString(TestAccounts.API_KEY)));
    }

    private static Response signIn(String user, String password) {
        return NEWSROOM.anonymous().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("j_username", user).formParam("j_password", password).post("/j_security_check");
    }

    /** A translator in en and ru with the test password, made through the admin API. */
    private static void person(String name) {
        NEWSROOM.request().contentType(ContentType.JSON).body(Map.of("name", name, "password", TestAccounts.passwordOf(name),
                "roles", List.of("translator"), "languages", List.of("en", "ru"))).post("/api/v1/users")
                .then().statusCode(201);
    }
}
