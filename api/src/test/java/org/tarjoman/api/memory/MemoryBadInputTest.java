package org.tarjoman.api.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

import org.junit.jupiter.api.Test;
import org.tarjoman.api.testing.Markup;
import org.tarjoman.api.testing.MemoryClient;
import org.tarjoman.api.testing.RawHttp;
import org.tarjoman.api.testing.TarjomanClient;
import org.tarjoman.api.testing.TestData;

/**
 * A unit that could not be written back as TMX never gets in, and an export that fails anyway (a unit
 * stored before these checks) never reaches the client as a file that looks whole. Each test uses its
 * own language pair.
 */
@QuarkusTest
class MemoryBadInputTest {

    private static final TarjomanClient NEWSROOM = new TarjomanClient();

    @Inject
    DataSource dataSource;

    @Test
    void shouldRefuseAUnitWhoseMarkupTmxCouldNotWriteBack() {
        MemoryClient memory = NEWSROOM.memory("fa-sq");

        refused(memory.addUnit(Map.of("source", "<script>x</script> سفیر گفت", "target", "the ambassador said")).then())
                .body("errors[0].field", equalTo("source"))
                .body("errors[0].message", equalTo("is not valid tagged text: unknown tag <script>, write '<' as &lt; "
                        + "(at character 1)"));
        memory.addUnit(Map.of("source", "&lt;script&gt; سفیر گفت", "target", "&lt;script&gt; the ambassador said"))
                .then().statusCode(201);
        assertThat(memory.getExport().then().statusCode(200).extract().asString())
                .contains("<seg>&lt;script&gt; سفیر گفت</seg>");
    }

    @Test
    void shouldRefuseALoneSurrogateAControlCharacterOrAReferenceToOne() {
        MemoryClient memory = NEWSROOM.memory("fa-sq");

        refused(memory.addUnit("{\"source\":\"سفیر \\ud800 گفت\",\"target\":\"said\"}".getBytes(StandardCharsets.UTF_8)).then())
                .body("errors[0].message", equalTo("must not contain an unpaired surrogate U+D800 at character 6: "
                        + "XML cannot carry it"));
        refused(memory.addUnit(Map.of("source", "سفیر گفت", "target", "said\u0001")).then())
                .body("errors[0].field", equalTo("target"));
        refused(memory.addUnit(Map.of("source", "سفیر &#1; گفت", "target", "said")).then())
                .body("errors[0].message", containsString("U+0001"));
    }

    @Test
    void shouldRefuseANulInTheAddressBeforeItReachesTheDatabase() throws Exception {
        for (String target : List.of("/api/v1/memories/fa-en%00/export", "/api/v1/memories/fa-en/concordance?q=%D8%B3%00")) {
            RawHttp.Answer answer = NEWSROOM.raw("GET", target, List.of(), null);

            assertThat(answer.status()).as(target).isEqualTo(400);
            assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
            assertThat(answer.bodyText()).contains("U+0000");
        }
    }

    @Test
    void shouldRefuseUnitFieldsLongerThanTheirColumns() {
        refused(NEWSROOM.memory("fa-sq").addUnit(Map.of("source", "س".repeat(20_001), "target", "x",
                "author", "a".repeat(256))).then())
                .body("errors.field", equalTo(List.of("author", "source")))
                .body("errors.message", equalTo(List.of("must have at most 255 characters",
                        "must have at most 20000 characters")));
    }

    @Test
    void shouldRefuseATmxThatIsNotUtf8AndKeepNothing() {
        byte[] tmx = tmx(List.of("سلام"), List.of("hello")).getBytes(StandardCharsets.UTF_8);
        int seg = new String(tmx, StandardCharsets.ISO_8859_1).indexOf("<seg>") + "<seg>".length();
        tmx[seg] = (byte) 0xC3;
        tmx[seg + 1] = (byte) 0x28;

        refused(NEWSROOM.memory("fa-sq").importTmx(tmx).then(), "malformed-body")
                .body("detail", containsString("not valid in the file's encoding"));
    }

    @Test
    void shouldRejectTmxUnitsLongerThanAUnitHoldsAndImportTheRest() {
        String tmx = tmx(List.of("ش".repeat(25_000), "سلام"), List.of("long", "hello"));

        NEWSROOM.memory("fa-sq").importTmx(tmx).then().statusCode(200)
                .body("added", equalTo(1)).body("rejected", equalTo(1))
                .body("messages[0]", equalTo("rejected: tu 1, line 3: the source has 25,000 characters; a unit holds at most "
                        + "20,000"));
    }

    @Test
    void shouldBreakOffAStreamedExportThatFailsInsteadOfEndingTheFile() throws Exception {
        List<String> persian = TestData.ntrexPersian().subList(0, 200);
        NEWSROOM.memory("fa-ka").importTmx(tmx(persian, persian)).then().statusCode(200);
        storeUnwritableUnit("fa-ka");

        RawHttp.Answer answer = export("fa-ka");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.brokenOff()).as("the transfer breaks off").isTrue();
        assertThat(answer.bodyText()).doesNotContain("</tmx>").doesNotContain("problem");
    }

    @Test
    void shouldAnswerAProblemWhenAnExportFailsBeforeAnythingWasSent() throws Exception {
        NEWSROOM.memory("fa-hy").add("سلام", "բարեւ");
        storeUnwritableUnit("fa-hy");

        RawHttp.Answer answer = export("fa-hy");

        assertThat(answer.status()).isEqualTo(500);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(answer.bodyText()).contains("incident").doesNotContain("<tmx");
    }

    /** A unit with broken tags, as a row written before the API checked them. */
    private void storeUnwritableUnit(String pair) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement insert = c.prepareStatement(
                "INSERT INTO tm_unit (memory, source, target, source_key, target_key, created_at, changed_at, usage_count, "
                        + "deleted, written_at) VALUES (?, '<script>x</script>', 'y', 'x', 'y', ?, ?, 0, FALSE, ?)")) {
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            insert.setString(1, pair);
            insert.setObject(2, now);
            insert.setObject(3, now);
            insert.setObject(4, now);
            insert.executeUpdate();
        }
    }

    /** The export as sent, read byte for byte, so that a transfer broken off shows as one. */
    private static RawHttp.Answer export(String memory) throws IOException {
        return NEWSROOM.raw("GET", "/api/v1/memories/" + memory + "/export", List.of(), null);
    }

    private static String tmx(List<String> persian, List<String> targets) {
        List<String> units = new ArrayList<>();
        for (int i = 0; i < persian.size(); i++) {
            units.add("<tu><tuv xml:lang=\"fa\"><seg>" + Markup.escape(persian.get(i)) + "</seg></tuv><tuv xml:lang=\"en\"><seg>"
                    + Markup.escape(targets.get(i)) + "</seg></tuv><tuv xml:lang=\"ka\"><seg>" + Markup.escape(targets.get(i))
                    + "</seg></tuv><tuv xml:lang=\"sq\"><seg>" + Markup.escape(targets.get(i)) + "</seg></tuv></tu>");
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\"><header srclang=\"fa\"/><body>\n"
                + String.join("\n", units) + "\n</body></tmx>\n";
    }

    private static ValidatableResponse refused(ValidatableResponse response) {
        return refused(response, "validation");
    }

    private static ValidatableResponse refused(ValidatableResponse response, String slug) {
        return response.statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("/problems.html#" + slug));
    }
}
