package org.loopwatch.domain;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * What one block of a {@link PeriodSummary} sums: a group, a rollup, or all groups together.
 *
 * @param key      a stable identity chosen by the caller, e.g. {@code group-3}, {@code rollup-1} or
 *                 {@code *}; the summary never reads it, it only hands it back
 * @param name     the name people read, e.g. "Athletes" or "All groups"
 * @param groupIds the groups whose counts are summed (one for a group)
 * @param rollup   true for a rollup or all groups together
 */
public record SummarySubject(String key, String name, Set<Long> groupIds, boolean rollup) {

    public SummarySubject {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        groupIds = Set.copyOf(new LinkedHashSet<>(groupIds));
    }

    /** One group, keyed {@code group-<id>}. */
    public static SummarySubject ofGroup(Group group) {
        return new SummarySubject("group-" + group.id(), group.name(), Set.of(group.id()), false);
    }

    /** A rollup, keyed {@code rollup-<id>}; "all groups" rollups take every group in {@code groups}. */
    public static SummarySubject ofRollup(Rollup rollup, Collection<Group> groups) {
        return new SummarySubject("rollup-" + rollup.id(), rollup.name(),
                Selection.ofRollup(rollup, groups, Selection.BOTH_STAGES).groupIds(), true);
    }

    /** The cells of this subject in a stage scope. */
    public Selection selection(StageScope scope) {
        return new Selection(groupIds, scope.stages());
    }
}
