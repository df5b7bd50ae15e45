package org.tarjoman.api.memory;

import org.tarjoman.api.problem.ApiException;
import org.tarjoman.api.problem.ProblemKind;

/** A read of a memory that does not exist (memories are created by their first write or import). */
final class UnknownMemoryException extends ApiException {

    UnknownMemoryException(String memory) {
        super(ProblemKind.NOT_FOUND, "There is no translation memory '" + memory + "'.");
    }
}
