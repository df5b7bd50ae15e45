package org.tarjoman.api.testing;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Signed-in people of the app under test, one session each, made on first use: the person is created
 * through the admin API with the newsroom's key (or given the role if they exist with another one:
 * {@code cat-1} translates and reviews), signs in through the form as a browser does, and asks
 * {@code /api/v1/me} for the CSRF cookie that writes must echo.
 */
final class Sessions {

    static final String SESSION_COOKIE = "quarkus-credential";
    static final String CSRF_COOKIE = "tarjoman-csrf";
    static final String CSRF_HEADER = "X-CSRF-Token";

    /** A signed-in person: the cookies a browser would hold. */
    record Session(String credential, String csrf) {

        void applyTo(RequestSpecification request) {
            request.cookie(SESSION_COOKIE, credential).cookie(CSRF_COOKIE, csrf).header(CSRF_HEADER, csrf);
        }

        List<Map.Entry<String, String>> headers() {
            return List.of(Map.entry("Cookie", SESSION_COOKIE + "=" + credential + "; " + CSRF_COOKIE + "=" + csrf),
                    Map.entry(CSRF_HEADER, csrf));
        }
    }

    private static final Map<String, Session> SESSIONS = new ConcurrentHashMap<>();
    private static final Map<String, Set<String>> ROLES = new ConcurrentHashMap<>();

    private Sessions() {
    }

    static Session of(Identity identity, int port) {
        String app = (port == 0 ? AppStart.current() : "port:" + port) + "/";
        Set<String> roles = ROLES.computeIfAbsent(app + identity.user(), k -> ConcurrentHashMap.newKeySet());
        if (!roles.contains(identity.role())) {
            synchronized (Sessions.class) {
                if (!roles.contains(identity.role())) { // another thread may have granted it meanwhile
                    grant(identity, roles, port);
                }
            }
        }
        return SESSIONS.computeIfAbsent(app + identity.user(), k -> signIn(identity.user(), port));
    }

    /** Signs {@code user} in with their password: the session cookie and the CSRF cookie. */
    static Session signIn(String user, String password, int port) {
        Response signedIn = base(port).redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("j_username", user).formParam("j_password", password).post("/j_security_check");
        String credential = signedIn.getCookie(SESSION_COOKIE);
        if (credential == null) {
            throw new AssertionError("Sign-in of " + user + " failed: " + signedIn.statusCode() + " "
                    + signedIn.getHeader("Location"));
        }
        Response me = base(port).cookie(SESSION_COOKIE, credential).get("/api/v1/me");
        me.then().statusCode(200);
        return new Session(credential, me.getCookie(CSRF_COOKIE));
    }

    private static Session signIn(String user, int port) {
        return signIn(user, TestAccounts.passwordOf(user), port);
    }

    private static void grant(Identity identity, Set<String> roles, int port) {
        Set<String> wanted = new LinkedHashSet<>(roles);
        wanted.add(identity.role());
        Response created = admin(port).contentType(ContentType.JSON)
                .body(Map.of("name", identity.user(), "password", TestAccounts.passwordOf(identity.user()),
                        "roles", wanted, "languages", TestAccounts.LANGUAGES))
                .post("/api/v1/users");
        if (created.statusCode() == 409) { // made earlier (another role, or before the app restarted): add the role
            List<String> existing = admin(port).get("/api/v1/users").jsonPath()
                    .getList("find { it.name == '" + identity.user() + "' }.roles", String.class);
            if (!existing.containsAll(wanted)) {
                wanted.addAll(existing);
                admin(port).contentType(ContentType.JSON).body(Map.of("roles", wanted, "languages", TestAccounts.LANGUAGES))
                        .put("/api/v1/users/" + identity.user()).then().statusCode(200);
            }
            wanted.addAll(existing);
        } else {
            created.then().statusCode(201);
        }
        roles.addAll(wanted);
    }

    private static RequestSpecification admin(int port) {
        return base(port).header("Authorization", "Bearer " + TestAccounts.API_KEY);
    }

    static RequestSpecification base(int port) {
        RequestSpecification request = RestAssured.given();
        if (port != 0) {
            request.baseUri("http://127.0.0.1").port(port);
        }
        return request;
    }
}
