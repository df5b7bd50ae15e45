package org.tarjoman.api.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.tarjoman.api.testing.Markup;
import org.tarjoman.api.testing.PackagedApp;
import org.tarjoman.api.testing.TestAccounts;
import org.tarjoman.api.testing.TestData;

/**
 * With {@code QUARKUS_LOG_CONSOLE_JSON_ENABLED=true}, as an operator sets it for a log collector, the
 * packaged app writes one JSON object per line, from its start to its stop, each with a level, a
 * message and a logger; and none of its secrets (API key, admin password, session key, webhook
 * signing secret) is in the log, even after requests that carry them.
 */
class JsonLogsIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void shouldWriteEveryLogLineAsJsonWithLevelMessageAndLoggerAndNoSecret() throws Exception {
        Path data = Files.createTempDirectory(Files.createDirectories(Path.of("target", "json-logs")), "data-");
        String logName = data.getFileName() + ".log";
        try (PackagedApp app = PackagedApp.start(data, logName, Map.of("QUARKUS_LOG_CONSOLE_JSON_ENABLED", "true"))) {
            app.client().memory("fa-en").add(Markup.escape(TestData.ntrexPersian().get(0)), TestData.ntrexEnglish().get(0));
            app.client().anonymous().formParam("j_username", TestAccounts.ADMIN)
                    .formParam("j_password", TestAccounts.ADMIN_PASSWORD).post("/j_security_check");
        } // SIGTERM: the shutdown's lines are checked too

        List<String> lines = Files.readAllLines(data.resolveSibling(logName), StandardCharsets.UTF_8);
        assertThat(lines).as("the start logs its listening address, at least").hasSizeGreaterThan(2);
        for (String line : lines) {
            JsonNode record = JSON.readTree(line);
            assertThat(record.isObject()).as(line).isTrue();
            assertThat(record.path("level").asText()).as(line).isIn("TRACE", "DEBUG", "INFO", "WARN", "WARNING", "ERROR");
            assertThat(record.hasNonNull("message")).as(line).isTrue();
            assertThat(record.path("loggerName").asText()).as(line).isNotBlank();
        }
        assertThat(lines).anySatisfy(line -> assertThat(JSON.readTree(line).path("message").asText()).contains("Listening on"));
        String log = String.join("\n", lines);
        for (String secret : List.of(TestAccounts.API_KEY, TestAccounts.ADMIN_PASSWORD, TestAccounts.SESSION_KEY,
                "crash-test-only")) {
            assertThat(log).as("a secret in the log").doesNotContain(secret);
        }
    }
}
