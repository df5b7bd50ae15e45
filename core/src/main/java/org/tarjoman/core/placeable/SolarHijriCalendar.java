package org.tarjoman.core.placeable;

import java.time.LocalDate;
import java.util.Optional;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;

/**
 * Converts a Solar Hijri (Iranian) date to the Gregorian calendar with ICU4J's Persian calendar,
 * obtained through the public {@code calendar=persian} locale keyword (the {@code PersianCalendar}
 * constructors are ICU-internal). Months are 1-based: 1 = Farvardin, 10 = Dey. Public for QA, which
 * reads transliterated Solar Hijri dates in a target ({@code 28 Dey 1403}).
 */
public final class SolarHijriCalendar {

    private static final ULocale PERSIAN = new ULocale("fa_IR@calendar=persian");
    private static final long JULIAN_DAY_OF_EPOCH = 2_440_588L;

    private SolarHijriCalendar() {
    }

    /** The Gregorian date, or empty if there is no such day (30 Esfand of a common year). */
    public static Optional<LocalDate> toGregorian(int year, int month, int day) {
        // An ICU Calendar is mutable: one per call keeps this thread-safe; dates are rare in a text.
        Calendar calendar = Calendar.getInstance(TimeZone.GMT_ZONE, PERSIAN);
        calendar.setLenient(false);
        calendar.clear();
        calendar.set(Calendar.YEAR, year);
        calendar.set(Calendar.MONTH, month - 1);
        calendar.set(Calendar.DAY_OF_MONTH, day);
        try {
            return Optional.of(LocalDate.ofEpochDay(calendar.get(Calendar.JULIAN_DAY) - JULIAN_DAY_OF_EPOCH));
        } catch (IllegalArgumentException invalidField) {
            return Optional.empty();
        }
    }
}
