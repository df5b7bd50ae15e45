package org.tarjoman.api.mt;

/** A number or Solar Hijri date of the sentence as core renders it in the target language ({@code ۲۸ دی ماه ۱۴۰۳} → {@code 17 January 2025}). */
public record MtConversion(String source, String target) {
}
