package org.tarjoman.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.tarjoman.api.testing.RequiresChromium;

/**
 * The browser reads tagged text as the server does: every vector of core's shared file (which
 * core's {@code TaggedTextVectorsTest} runs through the lexer) through {@code /js/tagged-text.js}
 * as the app serves it, imported as an ES module in headless Chromium.
 */
@QuarkusTest
@TestProfile(WebTestProfile.class)
@RequiresChromium
class TaggedTextVectorsBrowserTest {

    private static final Path VECTORS = Path.of("../core/src/test/resources/org/tarjoman/core/document/tagged-text-vectors.json");

    private static final String RUN_VECTORS = """
            const [vectors, done] = arguments;
            import('/js/tagged-text.js')
              .then((text) => done(JSON.stringify(JSON.parse(vectors).vectors.map((v) => ({
                runs: text.runs(v.tagged),
                plain: text.plainText(v.tagged),
                editable: text.toEditable(v.tagged),
                tagged: v.editable === undefined ? null : text.toTagged(v.editable),
              })))))
              .catch((error) => done(JSON.stringify({ error: String(error) })));
            """;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void shouldReadEveryVectorAsTheServerDoes() throws IOException {
        String file = Files.readString(VECTORS);
        List<JsonNode> vectors = new ArrayList<>();
        json.readTree(file).get("vectors").forEach(vectors::add);
        String answer;
        try (Browser browser = Browser.start()) {
            browser.open("/");
            answer = (String) browser.driver.executeAsyncScript(RUN_VECTORS, file);
        }
        JsonNode results = json.readTree(answer);
        assertThat(results.isArray()).as("the module's answer: %s", answer).isTrue();
        assertThat(results).hasSameSizeAs(vectors);

        SoftAssertions softly = new SoftAssertions();
        for (int i = 0; i < vectors.size(); i++) {
            JsonNode vector = vectors.get(i);
            JsonNode result = results.get(i);
            String name = vector.get("name").asText();
            List<Map<String, String>> runs = json.convertValue(vector.get("runs"), new TypeReference<>() {
            });
            softly.assertThat(json.convertValue(result.get("runs"), new TypeReference<List<Map<String, String>>>() {
            })).as("runs of %s", name).isEqualTo(runs);
            softly.assertThat(result.get("plain").asText()).as("plainText of %s", name)
                    .isEqualTo(runs.stream().map(run -> run.getOrDefault("text", "")).collect(Collectors.joining()));
            softly.assertThat(result.get("editable").asText()).as("toEditable of %s", name)
                    .isEqualTo(runs.stream().map(run -> run.getOrDefault("text", run.get("tag"))).collect(Collectors.joining()));
            if (vector.has("editable")) {
                softly.assertThat(result.get("tagged").asText()).as("toTagged of what was typed in %s", name)
                        .isEqualTo(vector.get("tagged").asText());
            }
        }
        softly.assertAll();
    }
}
