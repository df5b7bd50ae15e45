package org.tarjoman.api.memory.rest;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.tarjoman.api.memory.UnitFilter;

/** The query parameters of a {@link UnitFilter}, read once and parsed (a bad date is a 400 naming it). */
public class UnitFilterParams {

    @QueryParam("source")
    @Parameter(description = "Text the source contains; Persian spelling variants match (ي/ی, ك/ک, ZWNJ or none)",
            example = "به گزارش ایرنا")
    String source;

    @QueryParam("target")
    @Parameter(description = "Text the target contains, case folded")
    String target;

    @QueryParam("author")
    @Parameter(description = "Who confirmed the units (account or key name)")
    String author;

    @QueryParam("from")
    @Parameter(description = "First day (ISO date, UTC) of the units' last confirmation", example = "2026-11-01")
    String from;

    @QueryParam("to")
    @Parameter(description = "Last day (ISO date, UTC), included", example = "2026-11-30")
    String to;

    @QueryParam("origin")
    @Parameter(description = "Where the units came from: a TMX file name, a job, api")
    String origin;

    UnitFilter filter() {
        return UnitFilter.parse(source, target, author, from, to, origin);
    }
}
