package org.tarjoman.core.qa;

import java.util.ArrayList;
import java.util.List;

import org.tarjoman.core.placeable.PlaceableRecognizer;
import org.tarjoman.core.placeable.RegexPlaceableRecognizer;

/**
 * Runs every check family over one segment's translation and returns the findings:
 * {@code check(sourceTagged, targetTagged, EN, termHits)}. Both texts are tagged text (see
 * {@link org.tarjoman.core.document.TaggedText}); spans point into them.
 *
 * <p>Order matters once: an empty target or one identical to the source is reported alone, since
 * every other check would only repeat it in other words (no number, Persian letters left…).
 * Thread-safe; one instance serves the whole application.
 */
public final class SegmentCheck {

    private static final List<QaCheck> WHOLE_SEGMENT = List.of(new EmptyTargetCheck(), new SameAsSourceCheck());
    private static final List<QaCheck> DETAILED = List.of(
            new UntranslatedScriptCheck(), new NumberCheck(), new DateCheck(), new TermCheck(),
            new InlineCodeCheck(), new PunctuationCheck(), new SpacesCheck(), new LengthRatioCheck());

    private final PlaceableRecognizer recognizer;

    public SegmentCheck() {
        this(new RegexPlaceableRecognizer());
    }

    public SegmentCheck(PlaceableRecognizer recognizer) {
        this.recognizer = recognizer;
    }

    /** Findings for a translation with no glossary hits. */
    public List<Finding> check(String sourceTagged, String targetTagged, TargetLanguage language) {
        return check(sourceTagged, targetTagged, language, List.of());
    }

    /**
     * @param termHits the glossary's terms recognised in the source (offsets in its plain text); may be empty
     */
    public List<Finding> check(String sourceTagged, String targetTagged, TargetLanguage language,
                               List<TermHit> termHits) {
        SegmentText source = SegmentText.read(sourceTagged);
        SegmentText target = SegmentText.read(targetTagged);
        CheckedSegment segment = new CheckedSegment(source, target, language, List.copyOf(termHits),
                recognizer.recognize(source.plain()));
        List<Finding> findings = new ArrayList<>();
        for (QaCheck check : WHOLE_SEGMENT) {
            check.check(segment, findings);
            if (!findings.isEmpty()) {
                return List.copyOf(findings);
            }
        }
        for (QaCheck check : DETAILED) {
            check.check(segment, findings);
        }
        return List.copyOf(findings);
    }
}
