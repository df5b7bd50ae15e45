package org.tarjoman.api.segmentation;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An article to segment, as JSON. */
@Schema(name = "SegmentationRequest")
public record SegmentationRequest(
        @Schema(description = "The article: plain text, or HTML when format is html",
                examples = "جلالی: سفر پزشکیان به مسکو، تاریخی خواهد بود\n\nسفیر کشورمان در فدراسیون روسیه گفت: سفر دکتر مسعود پزشکیان به مسکو تاریخی خواهد بود.")
        @NotNull(message = "is required") String text,
        @Schema(description = "text (default) or html", examples = "text", defaultValue = "text") String format,
        @Schema(description = "BCP 47 tag of the source language; only Persian", examples = "fa", defaultValue = "fa") String language) {
}
