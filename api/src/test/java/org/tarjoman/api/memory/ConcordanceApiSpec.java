package org.tarjoman.api.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import io.restassured.path.json.JsonPath;

import org.junit.jupiter.api.Test;
import org.tarjoman.api.testing.MemoryClient;
import org.tarjoman.api.testing.TarjomanClient;

/**
 * Target-side concordance through REST ({@code side=target}), answered by the memory's index, on
 * whichever database the concrete class runs (H2 in {@link ConcordanceApiTest}, PostgreSQL in
 * {@link ConcordanceApiPostgresTest}). The databases outlive a run, so each test's targets carry a
 * number of their own and the tests look for that.
 */
abstract class ConcordanceApiSpec {

    private static final TarjomanClient NEWSROOM = new TarjomanClient();

    private final int run = ThreadLocalRandom.current().nextInt(100_000, 1_000_000);

    @Test
    void shouldFindAnEnglishTargetWhateverItsCaseAndPunctuationWithItsSpan() {
        String target = "Iran's foreign minister arrived in Moscow (" + run + ") on Tuesday.";
        long id = NEWSROOM.memory("fa-en").add("وزیر امور خارجه ایران روز سه‌شنبه وارد مسکو شد " + run + ".", target);

        JsonPath hits = target("fa-en", "MOSCOW " + run);

        assertThat(hits.getList("hits")).hasSize(1);
        assertThat(hits.getLong("hits[0].unit.id")).isEqualTo(id);
        assertThat(hits.getString("hits[0].side")).isEqualTo("target");
        assertThat(target.substring(hits.getInt("hits[0].start"), hits.getInt("hits[0].end")))
                .isEqualTo("Moscow (" + run);
    }

    @Test
    void shouldFindARussianTargetWrittenWithOrWithoutYo() {
        String target = "Стороны ещё раз подтвердили договорённость " + run + ".";
        long id = NEWSROOM.memory("fa-ru").add("دو طرف بار دیگر بر توافق " + run + " تأکید کردند.", target);

        for (String query : new String[] {"договоренность " + run, "ДОГОВОРЁННОСТЬ " + run}) {
            JsonPath hits = target("fa-ru", query);
            assertThat(hits.getList("hits")).hasSize(1);
            assertThat(hits.getLong("hits[0].unit.id")).isEqualTo(id);
            assertThat(target.substring(hits.getInt("hits[0].start"), hits.getInt("hits[0].end")))
                    .isEqualTo("договорённость " + run);
        }
    }

    @Test
    void shouldAnswerNoHitsForATargetWordInNoUnit() {
        NEWSROOM.memory("fa-en").add("سفیر ایران در مسکو گفت " + run + ".", "The Iranian ambassador in Moscow said " + run + ".");

        NEWSROOM.memory("fa-en").getConcordance("Ouagadougou", "target")
                .then().statusCode(200).body("query", equalTo("Ouagadougou")).body("hits", empty());
    }

    @Test
    void shouldNotFindADeletedUnitAndFindACorrectedOneByItsNewTargetOnly() {
        MemoryClient memory = NEWSROOM.memory("fa-en");
        long deleted = memory.add("نشست خبری فردا برگزار می‌شود " + run + ".", "The press conference is tomorrow " + run + ".");
        long corrected = memory.add("بانک مرکزی نرخ جدید ارز را اعلام کرد " + run + ".",
                "The central bank announced the new exchange rate " + run + ".");

        memory.deleteUnit(deleted).then().statusCode(204);
        memory.putUnit(corrected, Map.of("source", "بانک مرکزی نرخ جدید ارز را اعلام کرد " + run + ".",
                "target", "The central bank published the new currency rate " + run + ".")).then().statusCode(200);

        assertThat(target("fa-en", "conference is tomorrow " + run).getList("hits")).isEmpty();
        assertThat(target("fa-en", "exchange rate " + run).getList("hits")).isEmpty();
        JsonPath hits = target("fa-en", "currency rate " + run);
        assertThat(hits.getList("hits")).hasSize(1);
        assertThat(hits.getLong("hits[0].unit.id")).isEqualTo(corrected);
    }

    private static JsonPath target(String memory, String query) {
        return NEWSROOM.memory(memory).getConcordance(query, "target").then().statusCode(200).extract().jsonPath();
    }
}
