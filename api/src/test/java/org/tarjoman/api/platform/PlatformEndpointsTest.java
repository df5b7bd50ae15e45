package org.tarjoman.api.platform;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;

import org.junit.jupiter.api.Test;
import org.tarjoman.api.testing.TarjomanClient;

/** The operational surface every deployment relies on: health, OpenAPI, metrics and the landing page. */
@QuarkusTest
class PlatformEndpointsTest {

    private static final TarjomanClient CLIENT = new TarjomanClient();

    @Test
    void shouldReportHealthIncludingTheDatabase() {
        CLIENT.get("/q/health").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Database")));
    }

    @Test
    void shouldPublishTheOpenApiDocument() {
        CLIENT.request().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("info.title", equalTo("Tarjoman API"))
                .body("paths", org.hamcrest.Matchers.hasKey("/api/v1/segmentation"))
                .body("paths", org.hamcrest.Matchers.hasKey("/api/v1/memories/{memory}/matches"))
                .body("paths", org.hamcrest.Matchers.hasKey("/api/v1/jobs"))
                .body("paths", org.hamcrest.Matchers.hasKey("/api/v1/jobs/{id}/tasks/{lang}/segments/{segmentId}"));
    }

    @Test
    void shouldServeSwaggerUi() {
        CLIENT.get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger"));
    }

    @Test
    void shouldExposePrometheusMetrics() {
        CLIENT.get("/q/metrics").then().statusCode(200).body(containsString("jvm_memory_used_bytes"));
    }

    @Test
    void shouldServeTheLandingPageFromTheWebModule() {
        CLIENT.get("/").then().statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("Tarjoman"))
                .body(containsString("href=\"/q/swagger-ui\""))
                .body(containsString("href=\"/q/openapi\""));
    }

    @Test
    void shouldDocumentProblemTypes() {
        CLIENT.get("/problems.html").then().statusCode(200).body(containsString("id=\"payload-too-large\""));
    }
}
