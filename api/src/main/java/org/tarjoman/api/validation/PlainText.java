package org.tarjoman.api.validation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/** Text XML can carry; with {@link #singleLine} also free of control characters. See {@link TextRules#plain}. */
@Constraint(validatedBy = PlainTextValidator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT,
    ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface PlainText {

    /** For names, ids and URLs: one line, no control character. */
    boolean singleLine() default false;

    String message() default "must be text XML can carry";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
