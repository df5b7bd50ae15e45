package org.tarjoman.api.mt.rest;

import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tarjoman.api.account.Scope;
import org.tarjoman.api.mt.MtUsage;
import org.tarjoman.api.problem.ApiException;
import org.tarjoman.api.problem.Problem;
import org.tarjoman.api.problem.ProblemKind;

/** What machine translation cost: characters sent per engine, in a month, of one job or of all. */
@Path("/api/v1/mt/usage")
@Tag(name = "Machine translation")
@Produces(MediaType.APPLICATION_JSON)
public class MtUsageResource {

    /** A month's use; {@code job} is null for all jobs (and suggestions outside a job). */
    public record UsageView(String month, Long job, long characters, List<MtUsage.EngineUsage> engines) {
    }

    private final MtUsage usage;

    MtUsageResource(MtUsage usage) {
        this.usage = usage;
    }

    @GET
    @RolesAllowed(Scope.Names.JOBS_WRITE)
    @Operation(summary = "Characters sent to each machine translation engine in a month (UTC)",
            description = "Cache hits send nothing and are not counted. job narrows to one job's pre-translation and suggestions.")
    @APIResponse(responseCode = "400", description = "Bad month or job",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public UsageView get(@QueryParam("month") @Parameter(description = "YYYY-MM, this month if absent", example = "2026-12") String month,
                         @QueryParam("job") @Parameter(description = "a job's id") String job) {
        YearMonth asked = month(month);
        Optional<Long> jobId = job(job);
        List<MtUsage.EngineUsage> engines = usage.of(asked, jobId);
        long characters = engines.stream().mapToLong(MtUsage.EngineUsage::characters).sum();
        return new UsageView(asked.toString(), jobId.orElse(null), characters, engines);
    }

    private static YearMonth month(String month) {
        if (month == null || month.isBlank()) {
            return YearMonth.now(ZoneOffset.UTC);
        }
        try {
            if (!month.matches("\\d{4}-\\d{2}")) {
                throw new DateTimeParseException("shape", month, 0);
            }
            return YearMonth.parse(month);
        } catch (DateTimeParseException e) {
            throw new ApiException(ProblemKind.BAD_REQUEST, "month must be a month as YYYY-MM (2026-12)");
        }
    }

    private static Optional<Long> job(String job) {
        if (job == null || job.isBlank()) {
            return Optional.empty();
        }
        if (!job.matches("\\d{1,18}") || Long.parseLong(job) < 1) {
            throw new ApiException(ProblemKind.BAD_REQUEST, "job must be a job's id (a positive whole number)");
        }
        return Optional.of(Long.parseLong(job));
    }
}
