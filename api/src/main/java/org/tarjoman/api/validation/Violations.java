package org.tarjoman.api.validation;

import jakarta.validation.ConstraintValidatorContext;

/** Turns a {@link TextRules} message into the violation's message. */
final class Violations {

    private Violations() {
    }

    /** True when there is no problem; otherwise the problem becomes the violation's message. */
    static boolean none(String problem, ConstraintValidatorContext context) {
        if (problem == null) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(literal(problem)).addConstraintViolation();
        return false;
    }

    /** A message template that reads as the text itself: no parameter or expression is interpolated. */
    private static String literal(String message) {
        return message.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("$", "\\$");
    }
}
