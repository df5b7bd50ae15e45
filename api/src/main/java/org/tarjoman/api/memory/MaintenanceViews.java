package org.tarjoman.api.memory;

import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.tarjoman.api.memory.MemoryViews.UnitView;
import org.tarjoman.api.persistence.Columns;
import org.tarjoman.api.validation.Text;
import org.tarjoman.api.validation.TextRules;

/** The JSON shapes of memory maintenance: search, deletion, find-and-replace, history, statistics. */
public final class MaintenanceViews {

    /** The longest text a find-and-replace looks for or puts in. */
    public static final int REPLACE_TEXT = 1_000;

    private MaintenanceViews() {
    }

    @Schema(name = "UnitPage", description = "Units newest first; pass next as after for the following page")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record UnitPage(List<UnitView> units, long total, Long next) {
    }

    @Schema(name = "Deletion")
    public record DeletionView(@Schema(description = "Units deleted") long deleted, String filter) {
    }

    /** The filter of a body, the same parts as the query parameters of a search. */
    @Schema(name = "UnitFilter", description = "Every part optional; all given parts must hold")
    public record FilterRequest(
            @Schema(description = "Text the source contains; Persian spelling variants match", examples = "به گزارش ایرنا")
            @Size(max = Columns.TEXT, message = TextRules.AT_MOST) @Text String source,
            @Schema(description = "Text the target contains, case and spelling variants folded")
            @Size(max = Columns.TEXT, message = TextRules.AT_MOST) @Text String target,
            @Size(max = Columns.NAME, message = TextRules.AT_MOST) @Text(Text.Kind.ONE_LINE) String author,
            @Schema(description = "First day (ISO date, UTC) of the last confirmation", examples = "2026-11-01")
            @Size(max = 32, message = TextRules.AT_MOST) @Text(Text.Kind.ONE_LINE) String from,
            @Schema(description = "Last day (ISO date, UTC, included)", examples = "2026-11-30")
            @Size(max = 32, message = TextRules.AT_MOST) @Text(Text.Kind.ONE_LINE) String to,
            @Schema(description = "Where units came from: a TMX file name, a job, api")
            @Size(max = Columns.NAME, message = TextRules.AT_MOST) @Text(Text.Kind.ONE_LINE) String origin) {

        public UnitFilter parse() {
            return UnitFilter.parse(source, target, author, from, to, origin);
        }
    }

    @Schema(name = "ReplacementRequest")
    public record ReplacementRequest(
            @Schema(description = "Text to find in targets, as the translator reads it (no tags)", examples = "Rouhani")
            @NotEmpty(message = "must not be empty") @Size(max = REPLACE_TEXT, message = TextRules.AT_MOST)
            @Text String find,
            @Schema(description = "Its replacement, plain text; empty removes it", examples = "Pezeshkian")
            @Size(max = REPLACE_TEXT, message = TextRules.AT_MOST) @Text String replace,
            @Schema(defaultValue = "true") Boolean caseSensitive,
            @Schema(defaultValue = "false", description = "Only where the text is a whole word") Boolean wholeWord,
            @Valid FilterRequest filter,
            @Schema(defaultValue = "50", description = "How many units the preview lists")
            @Min(value = 1, message = "must be between 1 and 500") @Max(value = 500, message = "must be between 1 and 500")
            Integer limit) {

        public TargetReplacement replacement() {
            return new TargetReplacement(find, replace, caseSensitive == null || caseSensitive,
                    wholeWord != null && wholeWord);
        }

        public UnitFilter unitFilter() {
            return filter == null ? UnitFilter.ALL : filter.parse();
        }

        public int previewLimit() {
            return limit == null ? 50 : limit;
        }

        /** The operation in words, for the history and the audit log. */
        public String describe() {
            return "replace '" + find + "' with '" + (replace == null ? "" : replace) + "'"
                    + (caseSensitive == null || caseSensitive ? "" : ", any case")
                    + (wholeWord != null && wholeWord ? ", whole words" : "");
        }
    }

    @Schema(name = "ReplacedUnit")
    public record ReplacedUnit(long unitId, String source, String before, String after) {
    }

    @Schema(name = "RefusedUnit", description = "A unit the replacement leaves as it is, and why")
    public record RefusedUnit(long unitId, String source, String target, String reason) {
    }

    @Schema(name = "ReplacementPreview")
    public record ReplacementPreview(@Schema(description = "Units the replacement would change") long total,
                                     @Schema(description = "The first of them, newest first") List<ReplacedUnit> units,
                                     @Schema(description = "Units it would refuse") long refusedTotal,
                                     List<RefusedUnit> refused) {
    }

    @Schema(name = "Replacement")
    public record ReplacementResult(String operationId, @Schema(description = "Units changed") long replaced,
                                    List<RefusedUnit> refused) {
    }

    @Schema(name = "UnitHistoryEntry")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record HistoryEntryView(String operationId, @Schema(enumeration = {"replace"}) String operation,
                                   String before, String after, String changedBy, Instant changedAt, String reason) {
    }

    @Schema(name = "AuthorMonth")
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record AuthorMonthView(String author, @Schema(examples = "2026-11") String month, long units) {
    }

    @Schema(name = "AuthorTotal")
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record AuthorTotalView(String author, long units) {
    }

    @Schema(name = "MemoryStatistics", description = "Live units per author and month (UTC) of their last confirmation")
    public record StatisticsView(String memory, long units, List<AuthorTotalView> authors, List<AuthorMonthView> months) {
    }
}
