package org.loopwatch.store;

import java.util.Optional;

/**
 * The roles of a team database (SPEC §3.1), created by {@code team init} and enforced by the
 * database itself. Each includes the ones before it: an admin may enter results, an entry clerk
 * may read.
 */
public enum TeamRole {

    /** Reads and exports. */
    ANALYST("loopwatch_analyst"),
    /** Enters and edits results of open days. */
    ENTRY("loopwatch_entry"),
    /** Groups, rollups, event, settings, closing and reopening days, schema upgrades. */
    ADMIN("loopwatch_admin");

    private final String roleName;

    TeamRole(String roleName) {
        this.roleName = roleName;
    }

    /** The name of the role in the database, e.g. {@code loopwatch_entry}. */
    public String roleName() {
        return roleName;
    }

    public static Optional<TeamRole> fromRoleName(String name) {
        for (TeamRole role : values()) {
            if (role.roleName.equalsIgnoreCase(name == null ? "" : name.strip())) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
