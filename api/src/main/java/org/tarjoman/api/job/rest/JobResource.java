package org.tarjoman.api.job.rest;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.tarjoman.api.account.Scope;
import org.tarjoman.api.job.Delivery;
import org.tarjoman.api.job.JobCreation;
import org.tarjoman.api.job.JobQueries;
import org.tarjoman.api.job.JobStatus;
import org.tarjoman.api.job.JobViews;
import org.tarjoman.api.job.JobViews.HistoryView;
import org.tarjoman.api.job.JobViews.JobPage;
import org.tarjoman.api.job.JobViews.JobRequest;
import org.tarjoman.api.job.JobViews.JobView;
import org.tarjoman.api.job.JobViews.SegmentPage;
import org.tarjoman.api.job.JobViews.SegmentUpdate;
import org.tarjoman.api.job.JobViews.SegmentView;
import org.tarjoman.api.job.JobViews.TaskUpdate;
import org.tarjoman.api.job.Origin;
import org.tarjoman.api.job.SegmentEdit;
import org.tarjoman.api.job.SegmentEdits;
import org.tarjoman.api.job.TaskManagement;
import org.tarjoman.api.job.TaskSegments;
import org.tarjoman.api.job.TranslationStatus;
import org.tarjoman.api.platform.PublicAddress;
import org.tarjoman.api.problem.ApiException;
import org.tarjoman.api.problem.BodyLimit;
import org.tarjoman.api.problem.LimitedBody;
import org.tarjoman.api.problem.Problem;
import org.tarjoman.api.problem.ProblemKind;
import org.tarjoman.api.segmentation.WordArticles;

/** Translation jobs: newsroom systems submit articles here and fetch the translations back. */
@Path("/api/v1/jobs")
@Tag(name = "Jobs")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "400", description = "Invalid request",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "401", description = "No session or API key",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "The caller's roles or scopes do not allow it",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "404", description = "No such job, task or segment",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class JobResource {

    private final JobCreation creation;
    private final JobQueries queries;
    private final TaskSegments segments;
    private final SegmentEdits edits;
    private final TaskManagement tasks;
    private final Delivery delivery;
    private final BodyLimit limit;
    private final Validator validator;
    private final Caller caller;
    private final PublicAddress address;
    private final WordArticles words;

    JobResource(JobCreation creation, JobQueries queries, TaskSegments segments, SegmentEdits edits, TaskManagement tasks,
                Delivery delivery, BodyLimit limit, Validator validator, Caller caller, PublicAddress address,
                WordArticles words) {
        this.words = words;
        this.caller = caller;
        this.creation = creation;
        this.queries = queries;
        this.segments = segments;
        this.edits = edits;
        this.tasks = tasks;
        this.delivery = delivery;
        this.limit = limit;
        this.validator = validator;
        this.address = address;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @LimitedBody
    @RolesAllowed(Scope.Names.JOBS_WRITE)
    @Operation(summary = "Submit an article", description = "Segments the article, stores it with one task per target "
            + "language and pre-translates it from the memories, all in one transaction. The same externalId with the "
            + "same content returns the existing job (200); changed content makes a new revision that keeps the "
            + "translations of unchanged segments (201).")
    @APIResponse(responseCode = "201", description = "Created; Location names the job")
    @APIResponse(responseCode = "200", description = "Already submitted with this content")
    @APIResponse(responseCode = "413", description = "Article over the size limit",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@Valid @NotNull(message = "is required") JobRequest request) {
        return created(createOnce(request));
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @LimitedBody
    @RolesAllowed(Scope.Names.JOBS_WRITE)
    @Operation(summary = "Submit an article as a file (.txt, .html or .docx)", description = "Form fields: file, title, "
            + "externalId, targetLanguages (comma-separated), dueAt, callbackUrl. A Word file's body paragraphs become "
            + "the job's text (format text); one that cannot be read answers invalid-docx (400), a zip bomb 413.")
    public Response upload(@RestForm("file") FileUpload file, @RestForm("title") String title,
                           @RestForm("externalId") String externalId, @RestForm("targetLanguages") String targetLanguages,
                           @RestForm("dueAt") String dueAt, @RestForm("callbackUrl") String callbackUrl) throws IOException {
        if (file == null) {
            throw new ApiException(ProblemKind.VALIDATION, "The form has no 'file' field with the article.");
        }
        String name = file.fileName() == null ? "" : file.fileName().toLowerCase(Locale.ROOT);
        String format = name.endsWith(".html") || name.endsWith(".htm") ? "html" : name.endsWith(".txt") ? "text"
                : name.endsWith(".docx") ? "docx" : null;
        if (format == null) {
            throw new ApiException(ProblemKind.UNSUPPORTED_FILE, "File '" + file.fileName()
                    + "' is not supported; send a .txt, .html or .docx article.");
        }
        limit.check(Files.size(file.uploadedFile()));
        byte[] bytes = Files.readAllBytes(file.uploadedFile());
        String content;
        if (format.equals("docx")) {
            content = words.text(bytes);
            format = "text";
        } else {
            content = org.tarjoman.api.segmentation.ArticleText.decode(bytes);
        }
        List<String> targets = targetLanguages == null || targetLanguages.isBlank() ? List.of()
                : Arrays.stream(targetLanguages.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        if (targets.isEmpty()) {
            throw new ApiException(ProblemKind.VALIDATION, "targetLanguages must name at least one language.");
        }
        String jobTitle = title == null || title.isBlank() ? file.fileName() : title;
        return created(createOnce(valid(new JobRequest(jobTitle, blankToNull(externalId), "fa", targets, format, content,
                instant(dueAt), blankToNull(callbackUrl)))));
    }

    @GET
    @RolesAllowed(Scope.Names.JOBS_READ)
    @Operation(summary = "List jobs, newest first", description = "Filter by job status, target language and text in "
            + "title or external id.")
    public JobPage list(@QueryParam("status") String status, @QueryParam("language") String language,
                        @QueryParam("q") String q,
                        @QueryParam("page") @DefaultValue("0") @Min(value = 0, message = "must not be negative") int page,
                        @QueryParam("size") @DefaultValue("20") @Min(value = 1, message = "must be between 1 and 200")
                        @Max(value = 200, message = "must be between 1 and 200") int size) {
        return queries.list(EnumParam.optional(JobStatus.class, status, "status"), language, q, page, size);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Scope.Names.JOBS_READ)
    @Operation(summary = "A job with its tasks, analysis and progress per language")
    public JobView job(@PathParam("id") long id) {
        return queries.job(id).orElseThrow(() -> new ApiException(ProblemKind.NOT_FOUND, "There is no job " + id + "."));
    }

    @PUT
    @Path("/{id}/tasks/{lang}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Scope.Names.JOBS_READ, Scope.Names.JOBS_WRITE})
    @Operation(summary = "Assign a task, move its due date, or close it with a reason (manager or jobs:write key); "
            + "move a reviewed task to DONE (its reviewer or a manager)", description = "{\"status\":\"DONE\"} is "
            + "refused with 409 qa-errors (errors: the count) while the task's QA report has errors, and with 409 "
            + "incomplete while segments are not reviewed; {\"status\":\"DONE\",\"qaOverride\":{\"reason\":\"...\"}} "
            + "accepts the errors, kept on the task (qaOverride) and in the audit log (TASK_QA_OVERRIDDEN). Translators "
            + "and keys cannot override (403).")
    @APIResponse(responseCode = "409", description = "QA errors, or segments not reviewed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public JobViews.TaskView updateTask(@PathParam("id") long id, @PathParam("lang") String language,
                                        @Valid @NotNull(message = "is required") TaskUpdate update) {
        return tasks.update(id, language, update, caller.actor());
    }

    @GET
    @Path("/{id}/tasks/{lang}/segments")
    @RolesAllowed(Scope.Names.JOBS_READ)
    @Operation(summary = "A task's segments with their translations", description = "In article order; filter by "
            + "status; matches=true adds live memory matches.")
    public SegmentPage segments(@PathParam("id") long id, @PathParam("lang") String language,
                                @QueryParam("status") String status,
                                @QueryParam("page") @DefaultValue("0") @Min(value = 0, message = "must not be negative") int page,
                                @QueryParam("size") @DefaultValue("100") @Min(value = 1, message = "must be between 1 and 2000")
                                @Max(value = 2000, message = "must be between 1 and 2000") int size,
                                @QueryParam("matches") @DefaultValue("false") boolean matches) {
        return segments.page(id, language, EnumParam.optional(TranslationStatus.class, status, "status"), page, size,
                matches, caller.actor());
    }

    @PUT
    @Path("/{id}/tasks/{lang}/segments/{segmentId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Scope.Names.JOBS_READ, Scope.Names.JOBS_WRITE})
    @Operation(summary = "Save a segment's translation", description = "Send the version you read: a stale one answers "
            + "409 with the current translation. Translators save in tasks assigned to them (or an unassigned one in "
            + "their languages, which the save assigns to them) and move segments to DRAFT or TRANSLATED; reviewers "
            + "likewise in tasks they review, also to REVIEWED or REJECTED; managers in any task; a key with jobs:write "
            + "in any task, as a translator. Otherwise 403. TRANSLATED and REVIEWED saves go to the memory at once.")
    @APIResponse(responseCode = "403", description = "Not the caller's task",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Stale version or status move not allowed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SegmentView save(@PathParam("id") long id, @PathParam("lang") String language,
                            @PathParam("segmentId") long segmentId,
                            @Valid @NotNull(message = "is required") SegmentUpdate update) {
        SegmentEdit edit = new SegmentEdit(update.target(), EnumParam.required(TranslationStatus.class, update.status(),
                "status"), update.version(), EnumParam.optional(Origin.class, update.origin(), "origin"), update.score());
        return edits.save(id, language, segmentId, edit, caller.actor());
    }

    @GET
    @Path("/{id}/tasks/{lang}/segments/{segmentId}/history")
    @RolesAllowed(Scope.Names.JOBS_READ)
    @Operation(summary = "Every saved state of a segment's translation, oldest first")
    public List<HistoryView> history(@PathParam("id") long id, @PathParam("lang") String language,
                                     @PathParam("segmentId") long segmentId) {
        return segments.history(id, language, segmentId);
    }

    @GET
    @Path("/{id}/tasks/{lang}/document")
    @RolesAllowed(Scope.Names.JOBS_READ)
    @Produces({MediaType.TEXT_PLAIN, MediaType.TEXT_HTML, MediaType.APPLICATION_JSON})
    @Operation(summary = "The translated article", description = "In its original format (HTML markup restored); "
            + "Accept: application/json gives source and target per segment. Untranslated segments stay in Persian "
            + "only with partial=true; otherwise 409.")
    public Response document(@PathParam("id") long id, @PathParam("lang") String language,
                             @QueryParam("partial") @DefaultValue("false") boolean partial,
                             @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        if (accept != null && accept.contains(MediaType.APPLICATION_JSON) && !accept.contains("text/")) {
            return Response.ok(delivery.json(id, language, partial), MediaType.APPLICATION_JSON).build();
        }
        Delivery.Document document = delivery.document(id, language, partial);
        return Response.ok(document.body(), document.mediaType())
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + document.fileName() + "\"").build();
    }

    /**
     * Submissions of one article take turns in {@link JobCreation}, but the very first two can race:
     * both find no job with that external id and both insert revision 1. The loser hits the unique
     * (external id, revision) key; once more, it finds the winner's job and takes its turn after it.
     * A submission that still cannot get its turn (a second race, or a lock wait that timed out) is
     * refused with a 409 the newsroom can retry, never a 500.
     */
    private JobCreation.Outcome createOnce(JobRequest request) {
        try {
            return creation.create(request);
        } catch (org.hibernate.exception.ConstraintViolationException e) {
            if (request.externalId() == null) {
                throw e;
            }
        } catch (jakarta.persistence.PessimisticLockException | jakarta.persistence.LockTimeoutException e) {
            throw articleBusy(request.externalId());
        }
        try {
            return creation.create(request);
        } catch (org.hibernate.exception.ConstraintViolationException | jakarta.persistence.PessimisticLockException
                 | jakarta.persistence.LockTimeoutException e) {
            throw articleBusy(request.externalId());
        }
    }

    private static ApiException articleBusy(String externalId) {
        return new ApiException(ProblemKind.CONFLICT, "Article '" + externalId + "' is being submitted by another "
                + "request at the same moment; submit it again.", Map.of("externalId", externalId));
    }

    private Response created(JobCreation.Outcome outcome) {
        JobView view = queries.view(outcome.job());
        if (!outcome.created()) {
            return Response.ok(view).build();
        }
        return address.created("/api/v1/jobs/" + view.id()).entity(view).build();
    }

    /** The form's fields held to the same constraints as a JSON submission's. */
    private JobRequest valid(JobRequest request) {
        Set<ConstraintViolation<JobRequest>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return request;
    }

    private static Instant instant(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new ApiException(ProblemKind.VALIDATION, "dueAt must be an ISO-8601 instant such as "
                    + "2026-12-01T12:00:00Z, not '" + value + "'.");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
