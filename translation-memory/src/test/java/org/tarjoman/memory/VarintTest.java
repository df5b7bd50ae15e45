package org.tarjoman.memory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VarintTest {

    /** Writes {@code value} alone and checks it takes {@code bytes} bytes and reads back. */
    private static void check(int value, int bytes) {
        byte[] buffer = new byte[Varint.MAX_BYTES];
        assertThat(Varint.write(value, buffer, 0)).as("bytes of %d", value).isEqualTo(bytes);
        long read = Varint.read(buffer, 0);
        assertThat(Varint.value(read)).isEqualTo(value);
        assertThat(Varint.next(read)).isEqualTo(bytes);
    }

    @Test
    void shouldTakeOneByteBelow128() {
        check(0, 1);
        check(1, 1);
        check(127, 1);
    }

    @Test
    void shouldTakeOneMoreByteForEachSevenBits() {
        check(128, 2);
        check(16_383, 2);
        check(16_384, 3);
        check(2_097_152, 4);
        check(268_435_456, 5);
        check(Integer.MAX_VALUE, 5);
    }

    @Test
    void shouldReadBackANegativeValueInFiveBytes() {
        check(-1, 5);
    }

    @Test
    void shouldReadValuesWrittenOneAfterAnother() {
        int[] values = {3, 300, 0, 70_000, 127};
        byte[] buffer = new byte[values.length * Varint.MAX_BYTES];
        int end = 0;
        for (int value : values) {
            end = Varint.write(value, buffer, end);
        }
        assertThat(end).isEqualTo(1 + 2 + 1 + 3 + 1);
        int at = 0;
        for (int value : values) {
            long read = Varint.read(buffer, at);
            assertThat(Varint.value(read)).isEqualTo(value);
            at = Varint.next(read);
        }
        assertThat(at).isEqualTo(end);
    }
}
