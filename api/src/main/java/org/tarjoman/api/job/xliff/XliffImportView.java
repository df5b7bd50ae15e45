package org.tarjoman.api.job.xliff;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.tarjoman.api.job.QaViews.FindingView;

/** What an XLIFF import did, unit by unit (unit = segment id), with the QA findings of the units it updated. */
@Schema(name = "XliffImport")
public record XliffImportView(List<String> updated, List<String> unchanged, List<Conflict> conflicts,
                              List<Rejected> rejected,
                              @Schema(description = "The updated units whose new target has QA findings, as a save "
                                      + "answers them") List<UnitFindings> findings,
                              Counts counts) {

    /** A unit edited in the editor since the export: the file's target was not applied (unless forced). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Conflict(String unit, int line, Long fileVersion, long currentVersion, String currentTarget,
                           String currentStatus) {
    }

    public record Rejected(String unit, int line, String reason) {
    }

    @Schema(name = "XliffUnitFindings")
    public record UnitFindings(String unit, int line, List<FindingView> findings) {
    }

    public record Counts(int updated, int unchanged, int conflicts, int rejected,
                         @Schema(description = "QA findings of severity error over the updated units") int errors,
                         @Schema(description = "QA findings of severity warning over the updated units") int warnings) {
    }

    static XliffImportView of(List<String> updated, List<String> unchanged, List<Conflict> conflicts, List<Rejected> rejected,
                              List<UnitFindings> findings) {
        int errors = 0;
        int warnings = 0;
        for (UnitFindings unit : findings) {
            for (FindingView finding : unit.findings()) {
                if ("error".equals(finding.severity())) {
                    errors++;
                } else {
                    warnings++;
                }
            }
        }
        return new XliffImportView(updated, unchanged, conflicts, rejected, findings,
                new Counts(updated.size(), unchanged.size(), conflicts.size(), rejected.size(), errors, warnings));
    }
}
