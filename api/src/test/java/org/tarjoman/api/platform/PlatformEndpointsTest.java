package org.tarjoman.api.platform;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;

import org.junit.jupiter.api.Test;

/** The operational surface every deployment relies on: health, OpenAPI, metrics and the landing page. */
@QuarkusTest
class PlatformEndpointsTest {

    @Test
    void shouldReportHealthIncludingTheDatabase() {
        given().get("/q/health").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Database")));
    }

    @Test
    void shouldPublishTheOpenApiDocument() {
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("info.title", equalTo("Tarjoman API"))
                .body("paths", org.hamcrest.Matchers.hasKey("/api/v1/segmentation"))
                .body("paths", org.hamcrest.Matchers.hasKey("/api/v1/memories/{memory}/matches"))
                .body("paths", org.hamcrest.Matchers.hasKey("/api/v1/jobs"))
                .body("paths", org.hamcrest.Matchers.hasKey("/api/v1/jobs/{id}/tasks/{lang}/segments/{segmentId}"));
    }

    @Test
    void shouldServeSwaggerUi() {
        given().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger"));
    }

    @Test
    void shouldExposePrometheusMetrics() {
        given().get("/q/metrics").then().statusCode(200).body(containsString("jvm_memory_used_bytes"));
    }

    @Test
    void shouldServeTheLandingPageFromTheWebModule() {
        given().get("/").then().statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("Tarjoman"))
                .body(containsString("href=\"/q/swagger-ui\""))
                .body(containsString("href=\"/q/openapi\""));
    }

    @Test
    void shouldDocumentProblemTypes() {
        given().get("/problems.html").then().statusCode(200).body(containsString("id=\"payload-too-large\""));
    }
}
