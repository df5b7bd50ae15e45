package org.tarjoman.api.job.rest;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.tarjoman.api.problem.ApiException;
import org.tarjoman.api.problem.ProblemKind;

/** A status or origin given as text in a query parameter or a body field, case-insensitively. */
final class EnumParam {

    private EnumParam() {
    }

    /** The constant named by {@code value}; null for a blank value. */
    static <E extends Enum<E>> E optional(Class<E> type, String value, String name) {
        return value == null || value.isBlank() ? null : required(type, value, name);
    }

    static <E extends Enum<E>> E required(Class<E> type, String value, String name) {
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            List<String> allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
            throw new ApiException(ProblemKind.BAD_REQUEST, name + " must be one of " + allowed + ", not '" + value + "'.");
        }
    }
}
