package org.tarjoman.api.job;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.tarjoman.api.memory.MemoryViews.MatchView;
import org.tarjoman.api.persistence.Columns;
import org.tarjoman.api.validation.StorableInstant;
import org.tarjoman.api.validation.Text;
import org.tarjoman.api.validation.TextRules;
import org.tarjoman.memory.MemoryName;

/** The JSON shapes of the job endpoints. */
public final class JobViews {

    private JobViews() {
    }

    @Schema(name = "JobRequest")
    public record JobRequest(
            @Schema(examples = "Pezeshkian's visit to Moscow") @NotBlank(message = "must not be empty")
            @Size(max = Columns.TITLE, message = TextRules.AT_MOST) @Text String title,
            @Schema(description = "The newsroom's id of the article; resubmitting it makes a new revision",
                    examples = "irna-85716163")
            @Size(max = Columns.NAME, message = TextRules.AT_MOST) @Text(Text.Kind.ONE_LINE) String externalId,
            @Schema(defaultValue = "fa") String sourceLanguage,
            @Schema(examples = "[\"en\", \"ru\"]") @NotEmpty(message = "must name at least one language") List<String> targetLanguages,
            @Schema(enumeration = {"text", "html"}, defaultValue = "text") String format,
            @Schema(examples = "جلالی: سفر پزشکیان به مسکو، تاریخی خواهد بود\n\nسفیر کشورمان در فدراسیون روسیه گفت: سفر دکتر مسعود پزشکیان به مسکو تاریخی خواهد بود.")
            @NotNull(message = "is required") @Text String content,
            @Schema(examples = "2026-12-01T12:00:00Z") @StorableInstant Instant dueAt,
            @Schema(examples = "https://newsroom.example/hooks/tarjoman") @Size(max = Columns.URL, message = TextRules.AT_MOST)
            @Text(Text.Kind.ONE_LINE) String callbackUrl,
            @Schema(description = "The memories each target language's task reads and writes; a language left out reads "
                    + "and writes the pair's own memory (fa-en)")
            @Valid Map<String, @Valid MemorySetupRequest> memories) {

        public JobRequest(String title, String externalId, String sourceLanguage, List<String> targetLanguages,
                          String format, String content, Instant dueAt, String callbackUrl) {
            this(title, externalId, sourceLanguage, targetLanguages, format, content, dueAt, callbackUrl, null);
        }
    }

    @Schema(name = "MemorySetupRequest", description = "The memories a task searches, in order, and the one its "
            + "confirmed segments go to")
    public record MemorySetupRequest(
            @Schema(description = "Searched in this order; matches merged best first after each memory's penalty. "
                    + "Default: the pair's own memory at penalty 0")
            @Size(max = 20, message = "must name at most 20 memories") List<@Valid MemoryReadRequest> read,
            @Schema(description = "Where confirmed segments go; not read-only. Default: the pair's own memory",
                    examples = "fa-en-sport")
            @Size(max = MemoryName.MAX_LENGTH, message = TextRules.AT_MOST) @Text(Text.Kind.ONE_LINE) String write) {
    }

    @Schema(name = "MemoryRead")
    public record MemoryReadRequest(
            @Schema(examples = "fa-en-sport") @NotBlank(message = "must not be empty")
            @Size(max = MemoryName.MAX_LENGTH, message = TextRules.AT_MOST) @Text(Text.Kind.ONE_LINE) String name,
            @Schema(description = "Points taken off every match of this memory (score − penalty, at least 0)",
                    defaultValue = "0")
            @Min(value = 0, message = "must be between 0 and 100") @Max(value = 100, message = "must be between 0 and 100")
            Integer penalty) {
    }

    @Schema(name = "Analysis", description = "Words per match band; the bands add up to the job's words")
    public record AnalysisView(int inContext, int exact, int repetitions, int fuzzy95, int fuzzy85, int fuzzy75,
                               int fuzzy50, int newWords,
                               @Schema(description = "Words sent to machine translation instead of counting as new or "
                                       + "low fuzzy (MateCat's MT band); 0 where no engine is configured")
                               int machineTranslation, int total) {
    }

    @Schema(name = "Progress")
    public record ProgressView(int segments, int translated, int reviewed, int words, int wordsTranslated,
                               int wordsReviewed, Map<String, Integer> byStatus) {
    }

    @Schema(name = "Task")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record TaskView(long id, String language,
                           @Schema(enumeration = {"OPEN", "IN_TRANSLATION", "IN_REVIEW", "DONE"}) String status,
                           String translator, String reviewer, Instant dueAt, String closedReason,
                           @Schema(description = "Set when the task moved to DONE despite QA errors")
                           QaOverrideView qaOverride,
                           AnalysisView analysis, ProgressView progress,
                           @Schema(description = "The memories the task reads (in order, with penalties) and writes to")
                           MemorySetup memories, Map<String, String> links,
                           @Schema(description = "1, and one more each time the delivered task was reopened")
                           int round,
                           @Schema(description = "The reopenings, oldest first; absent before the first")
                           List<RoundView> reopenings) {
    }

    @Schema(name = "TaskRound", description = "A reopening of a delivered task for a correction: the round it started")
    public record RoundView(int round, String reopenedBy, Instant reopenedAt, String reason) {
    }

    @Schema(name = "TaskReopening")
    public record ReopenRequest(
            @Schema(description = "Why the delivered task needs a correction", examples = "نام وزیر اشتباه ترجمه شده است")
            @NotBlank(message = "must say why the task is reopened")
            @Size(max = Columns.REASON, message = TextRules.AT_MOST) @Text String reason) {
    }

    @Schema(name = "Job")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record JobView(long id, String externalId, int revision, Long supersedes, String title,
                          String sourceLanguage, String format,
                          @Schema(enumeration = {"OPEN", "IN_PROGRESS", "DONE"}) String status, int words,
                          int segments, Instant dueAt, String callbackUrl, Instant createdAt, Instant updatedAt,
                          List<TaskView> tasks) {
    }

    @Schema(name = "JobPage")
    public record JobPage(List<JobView> jobs, int page, int size, long total) {
    }

    @Schema(name = "SegmentTranslation")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SegmentView(long id, int index, int block,
                              @Schema(enumeration = {"heading", "paragraph"}) String blockType, String source,
                              int words, String target,
                              @Schema(enumeration = {"NEW", "DRAFT", "TRANSLATED", "REVIEWED", "REJECTED"}) String status,
                              @Schema(enumeration = {"TM", "MT", "HUMAN", "IMPORT"}) String origin, Integer score,
                              long version, String author, Instant updatedAt, String offeredTarget,
                              Integer offeredScore, Long repeats, List<MatchView> matches,
                              @Schema(description = "In a save's answer: the QA findings of the target saved")
                              List<QaViews.FindingView> findings,
                              @Schema(description = "The MT engine an MT target came from", examples = "openai")
                              String mtEngine,
                              @Schema(description = "The engine's model, where it has one", examples = "gpt-4o-mini")
                              String mtModel) {

        static SegmentView of(SegmentEntity s, TranslationEntity t, List<MatchView> matches) {
            return new SegmentView(s.id, s.ordinal, s.blockIndex, s.blockType.name().toLowerCase(Locale.ROOT), s.source,
                    s.words, t.target, t.status.name(), t.origin == null ? null : t.origin.name(), t.score, t.version,
                    t.author, t.updatedAt, t.offeredTarget, t.offeredScore, s.repeatsId, matches, null, t.mtEngine,
                    t.mtModel);
        }

        SegmentView withFindings(List<QaViews.FindingView> qaFindings) {
            return new SegmentView(id, index, block, blockType, source, words, target, status, origin, score, version,
                    author, updatedAt, offeredTarget, offeredScore, repeats, matches, qaFindings, mtEngine, mtModel);
        }
    }

    @Schema(name = "SegmentPage")
    public record SegmentPage(List<SegmentView> segments, int page, int size, long total,
                              @Schema(description = "Why the caller can read this task but not save in it; absent when they may save")
                              String readOnly) {
    }

    @Schema(name = "SegmentUpdate")
    public record SegmentUpdate(
            @Schema(description = "Tagged text; inline codes of the source as <g>/<x> tags", examples = "Our ambassador to Russia said:")
            @Size(max = Columns.TEXT, message = TextRules.AT_MOST) @Text(Text.Kind.TAGGED) String target,
            @Schema(enumeration = {"DRAFT", "TRANSLATED", "REVIEWED", "REJECTED"}) @NotNull(message = "is required") String status,
            @Schema(description = "The version read; a stale one answers 409 with the current translation")
            @NotNull(message = "is required") Long version,
            @Schema(description = "Where an unedited target came from when the editor took it from a suggestion: "
                    + "TM or MT (with its score); otherwise the target counts as the person's own (HUMAN)",
                    enumeration = {"TM", "MT"}) String origin,
            @Schema(description = "The match score of a TM target taken as is") Integer score) {

        public SegmentUpdate(String target, String status, Long version) {
            this(target, status, version, null, null);
        }
    }

    @Schema(name = "HistoryEntry")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record HistoryView(long version, String target, String status, String origin, Integer score,
                              String author, Instant changedAt,
                              @Schema(description = "The task's round it was saved in: 1, then one more per reopening")
                              int round, String mtEngine, String mtModel) {
    }

    @Schema(name = "TaskUpdate", description = "Assign people, move the due date, close the task with a reason "
            + "(a manager), or move a reviewed task to DONE (its reviewer or a manager)")
    public record TaskUpdate(
            @Size(max = Columns.NAME, message = TextRules.AT_MOST) @Text(Text.Kind.ONE_LINE) String translator,
            @Size(max = Columns.NAME, message = TextRules.AT_MOST) @Text(Text.Kind.ONE_LINE) String reviewer,
            @StorableInstant Instant dueAt,
            @Schema(description = "Closes the task (manager only)")
            @Size(max = Columns.REASON, message = TextRules.AT_MOST) @Text String closeReason,
            @Schema(description = "DONE: every segment is reviewed and the task is finished; refused (409 qa-errors) "
                    + "while its QA report has errors, unless qaOverride gives a reason", enumeration = {"DONE"})
            String status,
            @Schema(description = "Moves the task to DONE despite its QA errors (its reviewer or a manager)")
            @Valid QaOverrideRequest qaOverride) {

        public TaskUpdate(String translator, String reviewer, Instant dueAt, String closeReason) {
            this(translator, reviewer, dueAt, closeReason, null, null);
        }

        /** Whether it assigns, reschedules or closes: a manager's changes. */
        public boolean manages() {
            return translator != null || reviewer != null || dueAt != null || closeReason != null;
        }
    }

    @Schema(name = "QaOverrideRequest")
    public record QaOverrideRequest(
            @Schema(description = "Why the task is done with QA errors, kept with who and when")
            @NotBlank(message = "must say why the QA errors are accepted")
            @Size(max = Columns.REASON, message = TextRules.AT_MOST) @Text String reason) {
    }

    @Schema(name = "QaOverride", description = "The reviewer's or manager's acceptance of QA errors when the task "
            + "moved to DONE")
    public record QaOverrideView(String by, Instant at, String reason,
                                 @Schema(description = "The QA errors the task had then") int errors) {

        static QaOverrideView of(TaskEntity task) {
            return task.qaOverrideBy == null ? null
                    : new QaOverrideView(task.qaOverrideBy, task.qaOverrideAt, task.qaOverrideReason, task.qaOverrideErrors);
        }
    }
}
