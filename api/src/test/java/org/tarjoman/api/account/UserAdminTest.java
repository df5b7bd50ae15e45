package org.tarjoman.api.account;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import org.junit.jupiter.api.Test;
import org.tarjoman.api.testing.Identity;
import org.tarjoman.api.testing.TarjomanClient;

/** Admins manage people; every change is audited, and nobody else may make one. */
@QuarkusTest
class UserAdminTest {

    private static final TarjomanClient ADMIN = new TarjomanClient().as(Identity.admin("admin-farah"));

    @Test
    void shouldCreateChangeDisableAndEnableAUserAndAuditEachChange() {
        ADMIN.request().contentType(ContentType.JSON).body(Map.of("name", "admin-test-omid", "password", "a-long-password",
                "roles", List.of("translator"), "languages", List.of("ru"))).post("/api/v1/users")
                .then().statusCode(201).header("Location", containsString("/api/v1/users/admin-test-omid"))
                .body("roles", equalTo(List.of("translator"))).body("languages", equalTo(List.of("ru")));
        ADMIN.request().contentType(ContentType.JSON).body(Map.of("roles", List.of("translator", "reviewer")))
                .put("/api/v1/users/admin-test-omid").then().statusCode(200)
                .body("roles", equalTo(List.of("translator", "reviewer"))).body("languages", equalTo(List.of("ru")));
        ADMIN.request().post("/api/v1/users/admin-test-omid/disable").then().statusCode(200).body("disabled", equalTo(true));
        ADMIN.request().post("/api/v1/users/admin-test-omid/enable").then().statusCode(200).body("disabled", equalTo(false));
        ADMIN.request().contentType(ContentType.JSON).body(Map.of("password", "another-long-password"))
                .put("/api/v1/users/admin-test-omid/password").then().statusCode(204);

        ADMIN.request().get("/api/v1/audit").then().statusCode(200)
                .body("entries.findAll { it.target == 'admin-test-omid' }.action",
                        hasItems("USER_CREATED", "USER_CHANGED", "USER_DISABLED", "USER_ENABLED", "PASSWORD_RESET"))
                .body("entries.find { it.target == 'admin-test-omid' }.actor", equalTo("admin-farah"));
    }

    @Test
    void shouldRefuseATakenNameAWeakPasswordAnUnknownRoleAndAnOverlongName() {
        Map<String, Object> user = Map.of("name", "admin-test-taken", "password", "a-long-password", "roles", List.of("reviewer"));
        ADMIN.request().contentType(ContentType.JSON).body(user).post("/api/v1/users").then().statusCode(201);
        ADMIN.request().contentType(ContentType.JSON).body(user).post("/api/v1/users").then().statusCode(409)
                .body("type", equalTo("/problems.html#conflict"));
        ADMIN.request().contentType(ContentType.JSON).body(Map.of("name", "admin-test-weak", "password", "short"))
                .post("/api/v1/users").then().statusCode(400).body("detail", containsString("at least 10"));
        ADMIN.request().contentType(ContentType.JSON).body(Map.of("name", "admin-test-god", "password", "a-long-password",
                "roles", List.of("god"))).post("/api/v1/users").then().statusCode(400).body("detail", containsString("god"));
        ADMIN.request().contentType(ContentType.JSON).body(Map.of("name", "t".repeat(256), "password", "a-long-password"))
                .post("/api/v1/users").then().statusCode(400).body("errors[0].field", equalTo("name"));
    }

    @Test
    void shouldRefuseAccountAdministrationToAManager() {
        new TarjomanClient().as(Identity.manager("admin-test-manager")).request().get("/api/v1/users").then()
                .statusCode(403).body("type", equalTo("/problems.html#forbidden"));
    }
}
