package org.tarjoman.api.operations;

import org.tarjoman.api.problem.ApiException;
import org.tarjoman.api.problem.ProblemKind;

/** A file given to import that is not an export this version reads: not a zip, entries missing or broken. */
public class InvalidExport extends ApiException {

    public InvalidExport(String detail) {
        super(ProblemKind.INVALID_EXPORT, detail);
    }
}
