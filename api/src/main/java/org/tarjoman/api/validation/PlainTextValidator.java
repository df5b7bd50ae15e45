package org.tarjoman.api.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link PlainText} with {@link TextRules#plain}. */
public class PlainTextValidator implements ConstraintValidator<PlainText, String> {

    private boolean singleLine;

    @Override
    public void initialize(PlainText annotation) {
        singleLine = annotation.singleLine();
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return Violations.none(TextRules.plain(value, singleLine), context);
    }
}
