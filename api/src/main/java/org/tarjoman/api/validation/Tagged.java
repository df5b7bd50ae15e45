package org.tarjoman.api.validation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * Tagged text ({@code <g id="1">…</g>}, {@code &lt;}) whose characters, and those its references stand
 * for, XML can carry; with {@link #wellFormed}, also only the tagged-text syntax. See {@link TextRules#tagged}.
 */
@Constraint(validatedBy = TaggedValidator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT,
    ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface Tagged {

    /**
     * Whether tags and references must be well formed here. A segment's target is not checked here:
     * {@code SaveRules} reads it against its source's codes and says more.
     */
    boolean wellFormed() default true;

    String message() default "must be tagged text XML can carry";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
