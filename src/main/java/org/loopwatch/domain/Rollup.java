package org.loopwatch.domain;

import java.util.List;

/**
 * A named set of groups whose counts are summed; computed, never stored as entries.
 *
 * @param allGroups when true the rollup means every group, whatever {@code memberGroupIds} holds,
 *                  so that groups added later are included
 */
public record Rollup(long id, String name, boolean allGroups, List<Long> memberGroupIds) {

    /** The English names of the default rollups; a database made in Chinese has DefaultGroups.allGroups() etc. */
    public static final String ALL_GROUPS = "All groups";
    public static final String ATHLETES_AND_TEAM_OFFICIALS = "Athletes & team officials";

    public Rollup {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a rollup needs a name");
        }
        memberGroupIds = List.copyOf(memberGroupIds);
    }

    public boolean includes(long groupId) {
        return allGroups || memberGroupIds.contains(groupId);
    }

    public String slug() {
        return Slugs.slug(name);
    }
}
