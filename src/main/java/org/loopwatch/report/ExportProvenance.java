package org.loopwatch.report;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.loopwatch.domain.AppVersion;
import org.loopwatch.domain.ConfidenceLevel;
import org.loopwatch.domain.DailyResult;
import org.loopwatch.domain.Group;
import org.loopwatch.domain.IntervalMethod;
import org.loopwatch.domain.ResultIndex;
import org.loopwatch.domain.Stage;
import org.loopwatch.store.Database;

/** Builds the {@link Provenance} of an export from the database: freshness, version and the rows used. */
final class ExportProvenance {

    private ExportProvenance() {
    }

    /**
     * @param groupIds the groups whose rows the figure reads
     * @param stages   the stages it reads
     * @param first    the first day any of its numbers reads (rolling windows and baselines reach back)
     * @param last     the last day shown
     */
    static Provenance of(Database database, List<Group> groups, Set<Long> groupIds, Set<Stage> stages,
                         LocalDate first, LocalDate last, String definition, IntervalMethod method,
                         ConfidenceLevel level, Clock clock) {
        List<DailyResult> used = database.results().findBetween(first, last).stream()
                .filter(row -> groupIds.contains(row.groupId()) && stages.contains(row.stage()))
                .toList();
        return of(used, groups, database.dataAsOf(), definition, method, level, clock);
    }

    /**
     * The same from the rows already read into {@code index} (the figures' own rows, so they cannot
     * have changed in between) and the time of the last change; needs no database, so it can be
     * taken on another thread while the figures are computed.
     */
    static Provenance of(ResultIndex index, Optional<Instant> dataAsOf, List<Group> groups, Set<Long> groupIds,
                         Set<Stage> stages, LocalDate first, LocalDate last, String definition, IntervalMethod method,
                         ConfidenceLevel level, Clock clock) {
        Map<Long, Group> byId = groups.stream().collect(Collectors.toMap(Group::id, Function.identity()));
        RowsFingerprint.Taken taken = RowsFingerprint.of(index, byId, groupIds, stages, first, last);
        return new Provenance(definition, method, level, dataAsOf, clock.instant(), AppVersion.current(),
                taken.fingerprint(), taken.rows(), clock.getZone());
    }

    private static Provenance of(List<DailyResult> used, List<Group> groups, Optional<Instant> dataAsOf,
                                 String definition, IntervalMethod method, ConfidenceLevel level, Clock clock) {
        Map<Long, Group> byId = groups.stream().collect(Collectors.toMap(Group::id, Function.identity()));
        return new Provenance(definition, method, level, dataAsOf, clock.instant(), AppVersion.current(),
                RowsFingerprint.of(used, byId), used.size(), clock.getZone());
    }
}
