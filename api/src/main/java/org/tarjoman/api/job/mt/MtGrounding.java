package org.tarjoman.api.job.mt;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.tarjoman.api.glossary.GlossaryPair;
import org.tarjoman.api.glossary.GlossaryViews.SegmentTermView;
import org.tarjoman.api.glossary.GlossaryViews.TermEntryView;
import org.tarjoman.api.glossary.TermIndexes;
import org.tarjoman.api.job.MatchBand;
import org.tarjoman.api.job.SegmentEntity;
import org.tarjoman.api.job.TaskSnapshot;
import org.tarjoman.api.memory.MemoryService;
import org.tarjoman.api.mt.MtConversion;
import org.tarjoman.api.mt.MtExample;
import org.tarjoman.api.mt.MtRequest;
import org.tarjoman.api.mt.MtTerm;
import org.tarjoman.core.document.TaggedText;
import org.tarjoman.core.localize.Localizer;
import org.tarjoman.core.placeable.PlaceableRecognizer;
import org.tarjoman.core.placeable.RegexPlaceableRecognizer;
import org.tarjoman.memory.MemoryMatch;

/**
 * Builds the {@link MtRequest} of a task's segments from what the task knows, so a model translates the
 * way the newsroom does:
 * <ul>
 *   <li>the sources of up to {@value #NEIGHBOURS} segments before and after, for context;</li>
 *   <li>the best fuzzy matches of the memories the task reads (up to {@value #EXAMPLES}), as examples;</li>
 *   <li>the glossary's entries for the terms recognised in the source, preferred and forbidden targets;</li>
 *   <li>the numbers and Solar Hijri dates as core renders them in the target language, as the editor's
 *       placeables offer them, so a model copies a date instead of converting the calendar.</li>
 * </ul>
 */
@ApplicationScoped
public class MtGrounding {

    static final int NEIGHBOURS = 2;
    static final int EXAMPLES = 3;
    /** The placeables whose target form core computes; the others (URLs, names) a model copies as written. */
    private static final Set<String> CONVERTED = Set.of("NUMBER", "DATE");

    private final MemoryService memories;
    private final TermIndexes glossaries;
    private final PlaceableRecognizer recognizer = new RegexPlaceableRecognizer();

    MtGrounding(MemoryService memories, TermIndexes glossaries) {
        this.memories = memories;
        this.glossaries = glossaries;
    }

    /** The requests of these segments of the task, in the order given. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<MtRequest> requests(TaskSnapshot snapshot, List<SegmentEntity> segments) {
        String target = snapshot.task().language;
        List<List<MemoryMatch>> matches = memories.matchAll(snapshot.memories().reads(),
                snapshot.matchQueries(segments, MatchBand.LOWEST_SCORE, EXAMPLES));
        GlossaryPair pair = GlossaryPair.forTarget(target);
        List<MtRequest> requests = new ArrayList<>(segments.size());
        for (int i = 0; i < segments.size(); i++) {
            SegmentEntity segment = segments.get(i);
            requests.add(new MtRequest(snapshot.job().sourceLanguage, target, segment.source,
                    before(snapshot, segment), after(snapshot, segment), examples(matches.get(i)),
                    pair == null ? List.of() : terms(glossaries.terms(pair, segment.source)),
                    conversions(segment, Locale.forLanguageTag(target))));
        }
        return requests;
    }

    private static List<String> before(TaskSnapshot snapshot, SegmentEntity segment) {
        List<String> sources = new ArrayList<>();
        for (SegmentEntity s = snapshot.before(segment); s != null && sources.size() < NEIGHBOURS; s = snapshot.before(s)) {
            sources.add(0, s.source);
        }
        return sources;
    }

    private static List<String> after(TaskSnapshot snapshot, SegmentEntity segment) {
        List<String> sources = new ArrayList<>();
        for (SegmentEntity s = snapshot.after(segment); s != null && sources.size() < NEIGHBOURS; s = snapshot.after(s)) {
            sources.add(s.source);
        }
        return sources;
    }

    private static List<MtExample> examples(List<MemoryMatch> matches) {
        return matches.stream().limit(EXAMPLES)
                .map(found -> new MtExample(found.match().unit().source(), found.match().unit().target(),
                        found.match().score()))
                .toList();
    }

    /** Each glossary entry once, however often its term occurs in the sentence. */
    private static List<MtTerm> terms(List<SegmentTermView> found) {
        Map<Long, MtTerm> terms = new LinkedHashMap<>();
        for (SegmentTermView hit : found) {
            for (TermEntryView entry : hit.terms()) {
                terms.putIfAbsent(entry.id(), new MtTerm(entry.source(), entry.target(),
                        entry.alternatives() == null ? List.of() : entry.alternatives(),
                        entry.forbidden() == null ? List.of() : entry.forbidden()));
            }
        }
        return List.copyOf(terms.values());
    }

    private List<MtConversion> conversions(SegmentEntity segment, Locale target) {
        String plain = TaggedText.parse(segment.source, segment.codes).text();
        return recognizer.recognize(plain).stream()
                .filter(placeable -> CONVERTED.contains(placeable.type().name()))
                .map(placeable -> new MtConversion(placeable.text(), Localizer.localized(placeable, target)))
                .distinct()
                .toList();
    }
}
