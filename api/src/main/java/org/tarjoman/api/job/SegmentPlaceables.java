package org.tarjoman.api.job;

import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.tarjoman.core.document.TaggedText;
import org.tarjoman.core.localize.Localizer;
import org.tarjoman.core.placeable.PlaceableRecognizer;
import org.tarjoman.core.placeable.RegexPlaceableRecognizer;

/**
 * A segment's placeables for the editor to insert with one key: each number and date of the source with
 * its form in the task's language ({@link Localizer}: {@code ۲۸ دی ماه ۱۴۰۳} → {@code 17 January 2025} in
 * English, {@code 17 января 2025 г.} in Russian; {@code ۱٬۲۳۴٫۵} → {@code 1,234.5} / {@code 1 234,5}), the
 * other kinds (URLs, times, Latin names) as written. Inserting the localized form is what the QA checks
 * then accept, so one key gives the translator a number or date that passes.
 */
@ApplicationScoped
public class SegmentPlaceables {

    @Schema(name = "SegmentPlaceable")
    public record PlaceableView(@Schema(enumeration = {"NUMBER", "DATE", "TIME", "URL", "EMAIL", "LATIN"}) String type,
                                @Schema(description = "As written in the source") String text,
                                @Schema(description = "Canonical: ASCII digits, an ISO date") String value,
                                @Schema(description = "As the task's language writes it; what the editor inserts")
                                String localized) {
    }

    private final PlaceableRecognizer recognizer = new RegexPlaceableRecognizer();

    @Transactional
    public List<PlaceableView> of(long jobId, String language, long segmentId) {
        TaskEntity task = TaskEntity.require(JobEntity.require(jobId).id, language);
        SegmentEntity segment = SegmentEntity.require(jobId, segmentId);
        Locale target = Locale.forLanguageTag(task.language);
        String plain = TaggedText.parse(segment.source, segment.codes).text();
        return recognizer.recognize(plain).stream()
                .map(placeable -> new PlaceableView(placeable.type().name(), placeable.text(), placeable.value(),
                        Localizer.localized(placeable, target)))
                .toList();
    }
}
