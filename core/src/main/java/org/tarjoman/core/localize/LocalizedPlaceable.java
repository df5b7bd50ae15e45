package org.tarjoman.core.localize;

/**
 * A number or date of the source with its form for the target locale, for the editor to insert
 * with one key and the MT prompt to pin down.
 *
 * @param start     inclusive offset in the source text
 * @param end       exclusive offset
 * @param text      as written in the source ({@code ۲۸ دی ماه ۱۴۰۳})
 * @param localized as the target writes it ({@code 17 January 2025})
 */
public record LocalizedPlaceable(int start, int end, String text, String localized) {
}
