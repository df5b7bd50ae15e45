package org.tarjoman.api.memory;

import java.time.Instant;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.tarjoman.api.persistence.Columns;
import org.tarjoman.api.validation.Text;
import org.tarjoman.api.validation.TextRules;
import org.tarjoman.memory.MatchQuery;
import org.tarjoman.memory.MemoryName;

/** The JSON shapes of the memory endpoints. */
public final class MemoryViews {

    private MemoryViews() {
    }

    @Schema(name = "Memory")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record MemoryView(@Schema(examples = "fa-en-sport") String name,
                             @Schema(description = "Source language of its pair", examples = "fa") String source,
                             @Schema(description = "Target language of its pair", examples = "en") String target,
                             @Schema(examples = "Sports desk: football, wrestling, Olympics") String description,
                             @Schema(description = "Whether units can be added, corrected or removed") boolean readOnly,
                             long units, Instant createdAt) {
    }

    /** A new memory: its name says its pair ({@code fa-en-sport} is Persian to English). */
    @Schema(name = "MemoryRequest")
    public record MemoryRequest(
            @Schema(description = "The pair, optionally followed by a label of lower-case letters, digits and '-'; "
                    + "at most 40 characters", examples = "fa-en-sport")
            @NotBlank(message = "must not be empty") @Size(max = MemoryName.MAX_LENGTH, message = TextRules.AT_MOST)
            @Text(Text.Kind.ONE_LINE) String name,
            @Schema(examples = "Sports desk: football, wrestling, Olympics")
            @Size(max = Columns.REASON, message = TextRules.AT_MOST) @Text String description,
            @Schema(description = "A reference memory jobs read but nobody writes to", defaultValue = "false")
            Boolean readOnly) {
    }

    /** A change of a memory: what is given changes, what is left out stays. */
    @Schema(name = "MemoryChange")
    public record MemoryChange(
            @Size(max = Columns.REASON, message = TextRules.AT_MOST) @Text String description,
            Boolean readOnly) {
    }

    @Schema(name = "MemoryList")
    public record MemoryList(List<MemoryView> memories) {
    }

    @Schema(name = "MatchRequest")
    public record MatchRequest(
            @Schema(description = "The segment to look up (tagged text)", examples = "سفیر کشورمان در فدراسیون روسیه گفت")
            @NotBlank(message = "must not be empty") @Size(max = Columns.TEXT, message = TextRules.AT_MOST) String source,
            @Schema(description = "The segment before it, for in-context matches")
            @Size(max = Columns.TEXT, message = TextRules.AT_MOST) String previous,
            @Schema(description = "The segment after it, for in-context matches")
            @Size(max = Columns.TEXT, message = TextRules.AT_MOST) String next,
            @Schema(defaultValue = "70") @Min(value = 0, message = "must be between 0 and 100")
            @Max(value = 100, message = "must be between 0 and 100") Integer threshold,
            @Schema(defaultValue = "5") @Min(value = 1, message = "must be between 1 and 50")
            @Max(value = 50, message = "must be between 1 and 50") Integer limit) {

        /** The look-up this body asks for, with the defaults for what it leaves out. */
        public MatchQuery query() {
            return new MatchQuery(source, previous, next, threshold == null ? MatchQuery.DEFAULT_THRESHOLD : threshold,
                    limit == null ? MatchQuery.DEFAULT_LIMIT : limit);
        }

        /** The look-up of a GET: the segment in {@code q}, which must not be empty, without context. */
        public static MatchQuery query(String q, int threshold, int limit) {
            if (q == null || q.isBlank()) {
                throw new InvalidMemoryRequest("The query parameter q (the segment to look up) is empty.");
            }
            return new MatchQuery(q, null, null, threshold, limit);
        }
    }

    @Schema(name = "Difference", description = "Character spans in the plain text (tags removed) of the query and of the match source")
    public record DifferenceView(@Schema(enumeration = {"inserted", "deleted", "replaced"}) String kind,
                                 int queryStart, int queryEnd, int sourceStart, int sourceEnd) {
    }

    @Schema(name = "Match")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record MatchView(long unitId,
                            @Schema(description = "The memory the match came from", examples = "fa-en-sport") String memory,
                            String source, String target, int score,
                            @Schema(enumeration = {"IN_CONTEXT", "EXACT", "NORMALIZED", "FUZZY"}) String kind,
                            List<DifferenceView> differences, String previous, String next, String origin,
                            String author, Instant changedAt,
                            @Schema(description = "How many times this translation was confirmed (or the count a TMX gave)")
                            int usageCount) {
    }

    @Schema(name = "MatchList")
    public record MatchList(List<MatchView> matches) {
    }

    /** A unit's source and target are written back as TMX inline codes, so their tags must be well formed. */
    @Schema(name = "UnitRequest")
    public record UnitRequest(
            @Schema(examples = "سفیر کشورمان در فدراسیون روسیه گفت:") @NotBlank(message = "must not be empty")
            @Size(max = Columns.TEXT, message = TextRules.AT_MOST) @Text(Text.Kind.WELL_FORMED_TAGGED) String source,
            @Schema(examples = "Our ambassador to the Russian Federation said:") @NotBlank(message = "must not be empty")
            @Size(max = Columns.TEXT, message = TextRules.AT_MOST) @Text(Text.Kind.WELL_FORMED_TAGGED) String target,
            @Size(max = Columns.TEXT, message = TextRules.AT_MOST) @Text(Text.Kind.TAGGED) String previous,
            @Size(max = Columns.TEXT, message = TextRules.AT_MOST) @Text(Text.Kind.TAGGED) String next,
            @Size(max = Columns.NAME, message = TextRules.AT_MOST) @Text(Text.Kind.ONE_LINE) String origin,
            @Size(max = Columns.NAME, message = TextRules.AT_MOST) @Text(Text.Kind.ONE_LINE) String author) {
    }

    @Schema(name = "Unit")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record UnitView(long id, String memory, String source, String target, String previous, String next,
                           String origin, String author, Instant createdAt, Instant changedAt, int usageCount) {
    }

    @Schema(name = "ConcordanceHit")
    public record ConcordanceHit(@Schema(description = "The memory the hit came from", examples = "fa-en-sport") String memory,
                                 UnitView unit, @Schema(enumeration = {"source", "target"}) String side,
                                 @Schema(description = "Start of the hit in the plain text of that side") int start,
                                 @Schema(description = "End of the hit (exclusive)") int end) {
    }

    @Schema(name = "Concordance")
    public record ConcordanceList(String query, List<ConcordanceHit> hits) {
    }

    @Schema(name = "Import")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ImportView(String id, String memory, String fileName,
                             @Schema(enumeration = {"QUEUED", "RUNNING", "DONE", "FAILED", "CANCELLED"}) String state,
                             long unitsProcessed,
                             @Schema(description = "The file's <tu> count, from a streaming pass before the import "
                                     + "reads it; absent while it is counted or if the file cannot be read to its end")
                             Long unitsTotal,
                             long added,
                             @Schema(description = "Entries identical to a unit of the memory (or earlier in the file), "
                                     + "counted into it; messages name the unit") long merged,
                             long skipped, long rejected,
                             List<String> messages,
                             @Schema(description = "Who uploaded the file") String startedBy,
                             Instant createdAt, Instant finishedAt) {
    }

    @Schema(name = "ImportList")
    public record ImportList(List<ImportView> imports) {
    }
}
