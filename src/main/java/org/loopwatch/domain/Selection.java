package org.loopwatch.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Which cells a measure sums: a set of groups crossed with a set of stages.
 *
 * <p>Selections are built from a group, a {@link Rollup} or "all groups"; an empty selection is
 * allowed and sums to {@link Counts#ZERO}.
 *
 * @param groupIds database ids of the groups, never null
 * @param stages   the stages, never null; use {@link #BOTH_STAGES} for arrival and in-loop together
 */
public record Selection(Set<Long> groupIds, Set<Stage> stages) {

    /** Arrival and in-loop together. */
    public static final Set<Stage> BOTH_STAGES = Set.copyOf(EnumSet.allOf(Stage.class));

    private static final List<Stage> STAGES_IN_ORDER = List.of(Stage.values());

    public Selection {
        groupIds = Set.copyOf(Objects.requireNonNull(groupIds, "groupIds"));
        stages = Set.copyOf(Objects.requireNonNull(stages, "stages"));
    }

    /** One group in the given stages. */
    public static Selection ofGroup(Group group, Set<Stage> stages) {
        return new Selection(Set.of(group.id()), stages);
    }

    /** One group in one stage: a single cell per day. */
    public static Selection ofCell(long groupId, Stage stage) {
        return new Selection(Set.of(groupId), Set.of(stage));
    }

    /**
     * The members of a rollup. A rollup that means every group takes them from {@code groups},
     * so groups added after the rollup are included; inactive groups are included too, because
     * their data still counts.
     */
    public static Selection ofRollup(Rollup rollup, Collection<Group> groups, Set<Stage> stages) {
        if (rollup.allGroups()) {
            return allGroups(groups, stages);
        }
        return new Selection(new LinkedHashSet<>(rollup.memberGroupIds()), stages);
    }

    /** Every group in {@code groups}, active or not. */
    public static Selection allGroups(Collection<Group> groups, Set<Stage> stages) {
        Set<Long> ids = new LinkedHashSet<>();
        for (Group group : groups) {
            ids.add(group.id());
        }
        return new Selection(ids, stages);
    }

    /** The same groups in other stages. */
    public Selection withStages(Set<Stage> otherStages) {
        return new Selection(groupIds, otherStages);
    }

    /** The same stages for other groups. */
    public Selection withGroups(Collection<Long> otherGroupIds) {
        return new Selection(Set.copyOf(otherGroupIds), stages);
    }

    /** True when no cell is selected. */
    public boolean isEmpty() {
        return groupIds.isEmpty() || stages.isEmpty();
    }

    /** The stages in their natural order (arrival, in-loop), for stable output. */
    public List<Stage> orderedStages() {
        // No stream and no sorting: charts ask for each point of each line, thousands of times a
        // briefing, and the answer is one of three lists.
        if (stages.size() == STAGES_IN_ORDER.size()) {
            return STAGES_IN_ORDER;
        }
        List<Stage> ordered = new ArrayList<>(stages.size());
        for (Stage stage : STAGES_IN_ORDER) {
            if (stages.contains(stage)) {
                ordered.add(stage);
            }
        }
        return Collections.unmodifiableList(ordered);
    }
}
