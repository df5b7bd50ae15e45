package org.tarjoman.api.validation;

import java.time.Instant;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link StorableInstant}. */
public class StorableInstantValidator implements ConstraintValidator<StorableInstant, Instant> {

    static final Instant FIRST = Instant.parse("1970-01-01T00:00:00Z");
    static final Instant LAST = Instant.parse("9999-12-31T23:59:59Z");

    @Override
    public boolean isValid(Instant value, ConstraintValidatorContext context) {
        return value == null || !value.isBefore(FIRST) && !value.isAfter(LAST);
    }
}
