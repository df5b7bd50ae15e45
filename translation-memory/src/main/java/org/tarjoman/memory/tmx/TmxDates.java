package org.tarjoman.memory.tmx;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * TMX dates: {@code YYYYMMDDThhmmssZ} in UTC, so one-second precision. Reading also accepts ISO 8601
 * instants ({@code 2024-03-01T10:15:30Z}), which some tools write.
 */
final class TmxDates {

    private static final DateTimeFormatter TMX = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private TmxDates() {
    }

    static String format(Instant instant) {
        return TMX.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    /** @throws IllegalArgumentException naming the value when it is neither form */
    static Instant parse(String value) {
        String trimmed = value.trim();
        try {
            return TMX.parse(trimmed, Instant::from);
        } catch (DateTimeParseException notTmx) {
            try {
                return Instant.parse(trimmed);
            } catch (DateTimeParseException notIso) {
                throw new IllegalArgumentException("'" + value + "' is not a TMX date (YYYYMMDDThhmmssZ)");
            }
        }
    }
}
