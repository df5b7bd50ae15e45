package org.tarjoman.api.segmentation;

import java.util.List;
import java.util.Locale;

import org.tarjoman.core.document.Block;
import org.tarjoman.core.document.Document;
import org.tarjoman.core.document.InlineCode;
import org.tarjoman.core.document.Placeable;
import org.tarjoman.core.document.Segment;
import org.tarjoman.core.document.TaggedText;

/** Turns core's document model into the API's JSON views. */
final class SegmentationMapper {

    private SegmentationMapper() {
    }

    static SegmentationResponse toResponse(Document document) {
        List<SegmentationResponse.BlockView> blocks = document.blocks().stream().map(SegmentationMapper::block).toList();
        return new SegmentationResponse(document.language(), document.format().apiName(), document.words(), blocks);
    }

    private static SegmentationResponse.BlockView block(Block block) {
        return new SegmentationResponse.BlockView(block.index(), lower(block.type()), block.words(),
                block.segments().stream().map(SegmentationMapper::segment).toList());
    }

    private static SegmentationResponse.SegmentView segment(Segment segment) {
        List<SegmentationResponse.CodeView> codes = segment.hasCodes()
                ? segment.codes().stream().map(SegmentationMapper::code).toList()
                : null;
        String tagged = segment.hasCodes() ? TaggedText.of(segment) : null;
        return new SegmentationResponse.SegmentView(segment.index(), segment.text(), tagged, segment.words(),
                segment.placeables().stream().map(SegmentationMapper::placeable).toList(), codes);
    }

    private static SegmentationResponse.PlaceableView placeable(Placeable p) {
        return new SegmentationResponse.PlaceableView(lower(p.type()), p.start(), p.end(), p.text(), p.value());
    }

    private static SegmentationResponse.CodeView code(InlineCode c) {
        return new SegmentationResponse.CodeView(c.id(), lower(c.kind()), c.offset(), c.type(), c.data());
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
