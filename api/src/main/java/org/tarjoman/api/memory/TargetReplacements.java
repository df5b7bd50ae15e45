package org.tarjoman.api.memory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.narayana.jta.QuarkusTransaction;

import org.tarjoman.api.memory.MaintenanceViews.RefusedUnit;
import org.tarjoman.api.memory.MaintenanceViews.ReplacedUnit;
import org.tarjoman.api.memory.MaintenanceViews.ReplacementPreview;
import org.tarjoman.api.memory.MaintenanceViews.ReplacementRequest;
import org.tarjoman.api.memory.MaintenanceViews.ReplacementResult;
import org.tarjoman.api.memory.TargetReplacement.Outcome;
import org.tarjoman.memory.MemoryName;
import org.tarjoman.memory.TranslationMemory;
import org.tarjoman.memory.TranslationUnit;
import org.tarjoman.memory.tmx.TmxUnit;

/**
 * Find-and-replace in the targets of the units a filter selects: a preview, then the same request
 * applied. Both run one {@link TargetReplacement} over each target, so the preview shows what applying
 * writes. Applying works in batches, one transaction each: the batch's units are locked and read again
 * (a translator may have changed one since), rewritten through {@link MemoryService#correctInTransaction}
 * (the one write path of a unit's content, which moves {@code written_at} so other nodes see the
 * change) and their previous targets written to the {@link UnitHistory} under one operation id. A unit
 * keeps its author and confirmation date: the replacement is the coordinator's, and the history says so.
 */
@ApplicationScoped
public class TargetReplacements {

    /** Units per transaction: an editor's save never waits long behind one. */
    static final int BATCH = 250;
    /** Refused units an answer lists at most; the preview says how many there are. */
    private static final int REFUSED_LISTED = 500;

    private final MemoryService memories;
    private final UnitRepository units;
    private final FilteredUnits filtered;
    private final UnitHistory history;

    TargetReplacements(MemoryService memories, UnitRepository units, FilteredUnits filtered, UnitHistory history) {
        this.memories = memories;
        this.units = units;
        this.filtered = filtered;
        this.history = history;
    }

    /** What applying the request would change, the first {@code limit} units listed, and what it would refuse. */
    public ReplacementPreview preview(String memory, ReplacementRequest request) {
        MemoryName name = MemoryService.name(memory);
        memories.existing(memory);
        TargetReplacement replacement = request.replacement();
        UnitFilter filter = request.unitFilter();
        int limit = request.previewLimit();
        return QuarkusTransaction.requiringNew().timeout(600).call(() -> {
            List<Long> shown = new ArrayList<>();
            Map<Long, Outcome> outcomes = new HashMap<>();
            Map<Long, String> before = new HashMap<>();
            long[] totals = new long[2];
            List<Long> refusedIds = new ArrayList<>();
            filtered.forEachTarget(name, filter, (id, target) -> {
                Outcome outcome = replacement.apply(target);
                switch (outcome.kind()) {
                    case REPLACED -> {
                        if (totals[0]++ < limit) {
                            shown.add(id);
                            outcomes.put(id, outcome);
                            before.put(id, target);
                        }
                    }
                    case REFUSED -> {
                        if (totals[1]++ < REFUSED_LISTED) {
                            refusedIds.add(id);
                            outcomes.put(id, outcome);
                        }
                    }
                    case UNCHANGED -> { }
                }
            });
            Map<Long, String> sources = sources(outcomes.keySet());
            List<ReplacedUnit> changed = shown.stream()
                    .map(id -> new ReplacedUnit(id, sources.get(id), before.get(id), outcomes.get(id).target())).toList();
            List<RefusedUnit> refused = refusedIds.stream()
                    .map(id -> new RefusedUnit(id, sources.get(id), outcomes.get(id).target(), outcomes.get(id).reason()))
                    .toList();
            return new ReplacementPreview(totals[0], changed, totals[1], refused);
        });
    }

    /** Applies the request as the preview showed it; {@code by} is the caller, kept in each unit's history. */
    public ReplacementResult apply(String memory, ReplacementRequest request, String by) {
        MemoryName name = MemoryService.name(memory);
        TranslationMemory index = memories.existing(memory);
        TargetReplacement replacement = request.replacement();
        UnitFilter filter = request.unitFilter();
        List<Long> affected = new ArrayList<>();
        QuarkusTransaction.requiringNew().timeout(600).run(() -> filtered.forEachTarget(name, filter, (id, target) -> {
            if (replacement.apply(target).kind() != Outcome.Kind.UNCHANGED) {
                affected.add(id);
            }
        }));
        String operationId = UUID.randomUUID().toString();
        String reason = request.describe();
        long replaced = 0;
        List<RefusedUnit> refused = new ArrayList<>();
        for (int from = 0; from < affected.size(); from += BATCH) {
            List<Long> batch = affected.subList(from, Math.min(affected.size(), from + BATCH));
            replaced += QuarkusTransaction.requiringNew().call(() -> {
                Instant at = Instant.now();
                List<UnitHistory.Change> changes = new ArrayList<>();
                for (TmxUnit current : units.lockWithCodes(batch)) {
                    TranslationUnit unit = current.unit();
                    Outcome outcome = replacement.apply(unit.target());
                    if (outcome.kind() == Outcome.Kind.REFUSED) {
                        if (refused.size() < REFUSED_LISTED) {
                            refused.add(new RefusedUnit(unit.id(), unit.source(), unit.target(), outcome.reason()));
                        }
                    } else if (outcome.kind() == Outcome.Kind.REPLACED) {
                        try {
                            if (memories.correctInTransaction(name, index, current.withUnit(withTarget(unit, outcome.target())))) {
                                changes.add(new UnitHistory.Change(unit.id(), operationId, UnitHistory.REPLACE, unit.target(),
                                        outcome.target(), by, at, reason));
                            }
                        } catch (DuplicateUnit e) { // checked before any write: the batch goes on
                            if (refused.size() < REFUSED_LISTED) {
                                refused.add(new RefusedUnit(unit.id(), unit.source(), unit.target(),
                                        "the replacement would make it the same translation as unit " + e.existing()));
                            }
                        }
                    }
                }
                history.record(changes);
                return (long) changes.size();
            });
        }
        return new ReplacementResult(operationId, replaced, refused);
    }

    private Map<Long, String> sources(java.util.Collection<Long> ids) {
        Map<Long, String> sources = new HashMap<>();
        units.findByIds(ids).forEach(u -> sources.put(u.id(), u.source()));
        return sources;
    }

    private static TranslationUnit withTarget(TranslationUnit u, String target) {
        return new TranslationUnit(u.id(), u.pair(), u.source(), target, u.previousSource(), u.nextSource(), u.origin(),
                u.author(), u.createdAt(), u.changedAt(), u.usageCount());
    }
}
