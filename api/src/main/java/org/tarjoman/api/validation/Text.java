package org.tarjoman.api.validation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/** A text field the API stores: of which {@link Kind}, checked by {@link TextRules#problem}. */
@Constraint(validatedBy = TextValidator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT,
    ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface Text {

    Kind value() default Kind.PLAIN;

    String message() default "must be text XML can carry";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    enum Kind {
        /** Characters XML can carry: an article, a title, a reason. */
        PLAIN,
        /** Also one line without control characters: a name, an id, a URL. */
        ONE_LINE,
        /**
         * Tagged text whose characters, and those its references stand for, XML can carry; its tags are
         * not checked here (a segment's target: {@code SaveRules} reads it against its source's codes).
         */
        TAGGED,
        /** Tagged text with only the tags and references of its syntax: a memory unit, which TMX writes back. */
        WELL_FORMED_TAGGED
    }
}
