package org.tarjoman.api.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link Text} with {@link TextRules#problem}; the problem becomes the violation's message. */
public class TextValidator implements ConstraintValidator<Text, String> {

    private Text.Kind kind;

    @Override
    public void initialize(Text annotation) {
        kind = annotation.value();
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        String problem = TextRules.problem(kind, value);
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
