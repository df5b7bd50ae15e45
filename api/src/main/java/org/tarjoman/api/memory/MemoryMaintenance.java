package org.tarjoman.api.memory;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.narayana.jta.QuarkusTransaction;

import org.tarjoman.api.memory.FilteredUnits.AuthorMonth;
import org.tarjoman.api.memory.MaintenanceViews.AuthorMonthView;
import org.tarjoman.api.memory.MaintenanceViews.AuthorTotalView;
import org.tarjoman.api.memory.MaintenanceViews.HistoryEntryView;
import org.tarjoman.api.memory.MaintenanceViews.StatisticsView;
import org.tarjoman.api.memory.MaintenanceViews.UnitPage;
import org.tarjoman.memory.MemoryName;
import org.tarjoman.memory.TranslationMemory;
import org.tarjoman.memory.TranslationUnit;

/**
 * What a coordinator does to a whole memory, short of find-and-replace ({@link TargetReplacements}):
 * search its units by a {@link UnitFilter}, delete what a filter selects, count units per author and
 * month, read a unit's history.
 */
@ApplicationScoped
public class MemoryMaintenance {

    /** A deletion of a large memory reads every id first; give it more than the default minute. */
    private static final int DELETE_TIMEOUT_SECONDS = 600;

    private final MemoryService memories;
    private final UnitRepository units;
    private final FilteredUnits filtered;
    private final UnitHistory history;

    MemoryMaintenance(MemoryService memories, UnitRepository units, FilteredUnits filtered, UnitHistory history) {
        this.memories = memories;
        this.units = units;
        this.filtered = filtered;
        this.history = history;
    }

    /** A page of matching units, newest first, older than the unit {@code after} when given, with the total. */
    public UnitPage search(String memory, UnitFilter filter, Long after, int limit) {
        MemoryName name = MemoryService.name(memory);
        memories.existing(memory);
        return QuarkusTransaction.requiringNew().call(() -> {
            List<Long> ids = filtered.page(name, filter, after, limit + 1);
            boolean more = ids.size() > limit;
            List<Long> shown = more ? ids.subList(0, limit) : ids;
            Map<Long, TranslationUnit> byId = new TreeMap<>();
            units.findByIds(shown).forEach(u -> byId.put(u.id(), u));
            List<MemoryViews.UnitView> page = shown.stream().map(byId::get).filter(java.util.Objects::nonNull)
                    .map(u -> MemoryService.view(name, u)).toList();
            return new UnitPage(page, filtered.count(name, filter), more ? shown.get(shown.size() - 1) : null);
        });
    }

    /**
     * Deletes every unit the filter selects, in one transaction: they become tombstones as a single
     * deletion makes them, so every node drops them from its index. An empty filter would empty the
     * memory, so it needs {@code all}.
     *
     * @return how many units were deleted
     */
    public int delete(String memory, UnitFilter filter, boolean all) {
        if (filter.isEmpty() && !all) {
            throw new InvalidMemoryRequest("A deletion without any filter would delete every unit of '" + memory
                    + "': give a filter (source, target, author, from, to, origin), or all=true to empty the memory.");
        }
        MemoryName name = MemoryService.name(memory);
        TranslationMemory index = memories.existing(memory);
        return QuarkusTransaction.requiringNew().timeout(DELETE_TIMEOUT_SECONDS)
                .call(() -> memories.deleteAllInTransaction(name, index, filtered.ids(name, filter)));
    }

    /** Units per author and month, per author, and in all, of the units the filter selects. */
    public StatisticsView statistics(String memory, UnitFilter filter) {
        MemoryName name = MemoryService.name(memory);
        memories.existing(memory);
        List<AuthorMonth> counts = QuarkusTransaction.requiringNew().call(() -> filtered.countsByAuthorAndMonth(name, filter));
        Comparator<String> byName = Comparator.nullsLast(Comparator.naturalOrder());
        List<AuthorMonthView> months = counts.stream()
                .map(c -> new AuthorMonthView(c.author(), "%04d-%02d".formatted(c.year(), c.month()), c.units()))
                .sorted(Comparator.comparing(AuthorMonthView::author, byName).thenComparing(AuthorMonthView::month))
                .toList();
        Map<Optional<String>, Long> perAuthor = new TreeMap<>(Comparator.comparing((Optional<String> a) -> a.orElse(null), byName));
        counts.forEach(c -> perAuthor.merge(Optional.ofNullable(c.author()), c.units(), Long::sum));
        List<AuthorTotalView> authors = perAuthor.entrySet().stream()
                .map(e -> new AuthorTotalView(e.getKey().orElse(null), e.getValue())).toList();
        long total = counts.stream().mapToLong(AuthorMonth::units).sum();
        return new StatisticsView(name.value(), total, authors, months);
    }

    /** The earlier targets of a unit of this memory, oldest first; empty when the memory has no such unit. */
    public Optional<List<HistoryEntryView>> history(String memory, long id) {
        MemoryName name = MemoryService.name(memory);
        memories.existing(memory);
        return QuarkusTransaction.requiringNew().call(() -> units.find(name, id)
                .map(u -> history.of(id).stream().map(toView()).toList()));
    }

    private static Function<UnitHistory.Change, HistoryEntryView> toView() {
        return c -> new HistoryEntryView(c.operationId(), c.operation(), c.oldTarget(), c.newTarget(), c.changedBy(),
                c.changedAt(), c.reason());
    }
}
