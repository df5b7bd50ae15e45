package org.tarjoman.api.validation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * An instant from 1970 to 9999: what a due date can sensibly be, and within what every database we run
 * on stores ({@code +300000-01-01T00:00:00Z} parses as an {@code Instant}; PostgreSQL ends at 294276 AD).
 */
@Constraint(validatedBy = StorableInstantValidator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT,
    ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface StorableInstant {

    String message() default "must be between 1970-01-01T00:00:00Z and 9999-12-31T23:59:59Z";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
