package org.loopwatch.store;

import org.loopwatch.domain.Group;

/** A group with daily results cannot be deleted (only renamed or deactivated); nothing was written. */
public final class GroupHasDataException extends ChangeRefusedException {

    private final Group group;
    private final long resultCount;

    GroupHasDataException(String message, Group group, long resultCount) {
        super(message);
        this.group = group;
        this.resultCount = resultCount;
    }

    public Group group() {
        return group;
    }

    /** How many daily results refer to the group. */
    public long resultCount() {
        return resultCount;
    }
}
