package org.tarjoman.api.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link Tagged} with {@link TextRules#tagged}. */
public class TaggedValidator implements ConstraintValidator<Tagged, String> {

    private boolean wellFormed;

    @Override
    public void initialize(Tagged annotation) {
        wellFormed = annotation.wellFormed();
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return Violations.none(TextRules.tagged(value, wellFormed), context);
    }
}
