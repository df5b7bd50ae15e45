package org.tarjoman.api.segmentation;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A segmented article. The shape is a public contract: newsroom systems preview articles with it. */
@Schema(name = "SegmentedArticle")
public record SegmentationResponse(String language, String format, int words, List<BlockView> blocks) {

    @Schema(name = "Block")
    public record BlockView(int index, @Schema(enumeration = {"heading", "paragraph"}) String type, int words,
                            List<SegmentView> segments) {
    }

    @Schema(name = "Segment")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SegmentView(int index,
                              @Schema(description = "The source exactly as received, without markup") String text,
                              @Schema(description = "The text with its inline codes as <g>/<x> tags; only for segments with markup") String tagged,
                              int words, List<PlaceableView> placeables, List<CodeView> codes) {
    }

    @Schema(name = "Placeable")
    public record PlaceableView(@Schema(enumeration = {"number", "date", "time", "url", "email", "latin"}) String type,
                                int start, int end, String text, String value) {
    }

    @Schema(name = "InlineCode")
    public record CodeView(int id, @Schema(enumeration = {"opening", "closing", "placeholder"}) String kind,
                           int offset, String type, String data) {
    }
}
