package org.tarjoman.api.segmentation;

import jakarta.validation.Valid;

import io.quarkus.security.Authenticated;

import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tarjoman.api.problem.LimitedBody;
import org.tarjoman.api.problem.Problem;
import org.tarjoman.core.document.SourceFormat;

/** Preview how an article splits into translation units, without creating a job. */
@Path("/api/v1/segmentation")
@Tag(name = "Segmentation")
@Produces(MediaType.APPLICATION_JSON)
@LimitedBody
@Authenticated
@APIResponse(responseCode = "400", description = "Empty article, unknown format, not Persian, not UTF-8",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "413", description = "Body over tarjoman.segmentation.max-body-size",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class SegmentationResource {

    private final SegmentationService service;

    SegmentationResource(SegmentationService service) {
        this.service = service;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Segment an article given as JSON",
            description = "Splits the article into blocks (headings, paragraphs) and sentences with Persian rules. "
                    + "Segment texts keep the input exactly (ZWNJ, digits, spelling).")
    @APIResponse(responseCode = "200", description = "The segmented article")
    public SegmentationResponse segmentJson(@RequestBody(required = true) @Valid @NotNull(message = "is required") SegmentationRequest request) {
        return SegmentationMapper.toResponse(service.segment(request));
    }

    @POST
    @Consumes(MediaType.TEXT_PLAIN)
    @Operation(summary = "Segment a plain-text article", description = "The body is the article in UTF-8.")
    @APIResponse(responseCode = "200", description = "The segmented article")
    public SegmentationResponse segmentText(byte[] body, @QueryParam("language") @DefaultValue("fa") String language) {
        return SegmentationMapper.toResponse(service.segment(body, SourceFormat.TEXT, language));
    }

    @POST
    @Consumes(MediaType.TEXT_HTML)
    @Operation(summary = "Segment an HTML article", description = "Inline markup becomes inline codes.")
    @APIResponse(responseCode = "200", description = "The segmented article")
    public SegmentationResponse segmentHtml(byte[] body, @QueryParam("language") @DefaultValue("fa") String language) {
        return SegmentationMapper.toResponse(service.segment(body, SourceFormat.HTML, language));
    }

    @POST
    @Consumes(WordArticles.MEDIA_TYPE)
    @Operation(summary = "Segment a Word article (.docx)", description = "The body's paragraphs, as a job made from "
            + "the file would have them. A file that is not Word, has macros or unpacks too far answers invalid-docx "
            + "(400) or payload-too-large (413).")
    @APIResponse(responseCode = "200", description = "The segmented article")
    public SegmentationResponse segmentWord(byte[] body, @QueryParam("language") @DefaultValue("fa") String language) {
        return SegmentationMapper.toResponse(service.segmentWord(body, language));
    }
}
