package org.tarjoman.api.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SenderSlotsTest {

    private static final String SLOW = "https://slow.newsroom.example:443";
    private static final String FAST = "https://hooks.irna.example:443";

    @Test
    void shouldGiveOneReceiverAtMostItsShareAndTheRestToOthers() {
        SenderSlots slots = new SenderSlots(4, 2);
        assertThat(slots.tryTake(SLOW)).isTrue();
        assertThat(slots.tryTake(SLOW)).isTrue();
        assertThat(slots.tryTake(SLOW)).as("its share is in flight").isFalse();
        assertThat(slots.tryTake(FAST)).isTrue();
        assertThat(slots.free()).isEqualTo(1);
    }

    @Test
    void shouldFreeASlotWhenADeliveryEnds() {
        SenderSlots slots = new SenderSlots(2, 2);
        assertThat(slots.tryTake(SLOW)).isTrue();
        assertThat(slots.tryTake(FAST)).isTrue();
        assertThat(slots.anyFree()).isFalse();
        assertThat(slots.tryTake(FAST)).as("no sender left").isFalse();
        slots.release(SLOW);
        assertThat(slots.tryTake(FAST)).isTrue();
    }

    @Test
    void shouldNameAReceiverBySchemeHostAndPort() {
        assertThat(SenderSlots.receiver("https://Hooks.IRNA.example/tarjoman?token=1")).isEqualTo(FAST);
        assertThat(SenderSlots.receiver("https://hooks.irna.example:443/other")).isEqualTo(FAST);
        assertThat(SenderSlots.receiver("http://hooks.irna.example/")).isEqualTo("http://hooks.irna.example:80");
        assertThat(SenderSlots.receiver("http://127.0.0.1:8081/a")).isEqualTo("http://127.0.0.1:8081");
    }
}
