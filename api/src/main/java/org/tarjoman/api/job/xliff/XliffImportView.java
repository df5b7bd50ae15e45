package org.tarjoman.api.job.xliff;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an XLIFF import did, unit by unit (unit = segment id). */
@Schema(name = "XliffImport")
public record XliffImportView(List<String> updated, List<String> unchanged, List<Conflict> conflicts,
                              List<Rejected> rejected, Counts counts) {

    /** A unit edited in the editor since the export: the file's target was not applied (unless forced). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Conflict(String unit, int line, Long fileVersion, long currentVersion, String currentTarget,
                           String currentStatus) {
    }

    public record Rejected(String unit, int line, String reason) {
    }

    public record Counts(int updated, int unchanged, int conflicts, int rejected) {
    }

    static XliffImportView of(List<String> updated, List<String> unchanged, List<Conflict> conflicts, List<Rejected> rejected) {
        return new XliffImportView(updated, unchanged, conflicts, rejected,
                new Counts(updated.size(), unchanged.size(), conflicts.size(), rejected.size()));
    }
}
