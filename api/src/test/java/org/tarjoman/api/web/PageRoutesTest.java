package org.tarjoman.api.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

import org.junit.jupiter.api.Test;
import org.tarjoman.api.testing.TarjomanClient;

/** The addresses of the browser pages, without a browser. */
@QuarkusTest
@TestProfile(WebTestProfile.class)
class PageRoutesTest {

    private static final TarjomanClient CLIENT = new TarjomanClient();

    @Test
    void shouldServeTheJobPageAtAJobAddress() {
        CLIENT.get("/jobs/42").then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("/js/job-page.js"));
    }

    @Test
    void shouldServeTheEditorAtAJobAndLanguageAddress() {
        CLIENT.get("/jobs/42/ru").then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("/js/editor.js"));
    }

    @Test
    void shouldNotServePagesForMalformedAddresses() {
        for (String path : new String[] {"/jobs/abc", "/jobs/-1", "/jobs/42/english", "/jobs/42/e1", "/jobs/42/E"}) {
            CLIENT.get(path).then().statusCode(404).contentType("application/problem+json")
                    .body("type", equalTo("/problems.html#not-found"));
        }
    }

    @Test
    void shouldServeTheDashboardAndTheSegmentationPreview() {
        CLIENT.get("/").then().statusCode(200).body(containsString("/js/dashboard.js"));
        CLIENT.get("/preview.html").then().statusCode(200).body(containsString("/js/segmentation-preview.js"));
    }

    @Test
    void shouldLeaveTheApiAlone() {
        CLIENT.get("/api/v1/jobs/999999").then().statusCode(404).contentType("application/problem+json");
    }
}
