package org.loopwatch.ui.results;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.loopwatch.domain.Group;
import org.loopwatch.domain.RecentTests;
import org.loopwatch.domain.ValidationContext;
import org.loopwatch.store.Database;
import org.loopwatch.store.Event;

/**
 * What entries are checked against besides the numbers: every group (inactive ones too, so an
 * entry for one warns instead of failing) and the loop start. Read in the background, used on the
 * FX thread.
 */
public record EntryReference(List<Group> groups, Optional<LocalDate> loopStart) {

    public static final EntryReference EMPTY = new EntryReference(List.of(), Optional.empty());

    public EntryReference {
        groups = List.copyOf(groups);
    }

    /** Reads the reference from the database; call off the FX thread. */
    public static EntryReference load(Database database) {
        return new EntryReference(database.groups().findAll(), database.event().find().map(Event::loopStart));
    }

    public List<Group> activeGroups() {
        return groups.stream().filter(Group::active).toList();
    }

    public ValidationContext context(LocalDate today, RecentTests recent) {
        return new ValidationContext(today, loopStart, groups, recent);
    }

    /** The group's name, or "group 7" for an id this reference does not know. */
    public String groupName(long id) {
        return group(id).map(Group::name).orElseGet(() -> org.loopwatch.domain.text.Texts.of(EntryReference.class)
                .format("group.unknown", String.valueOf(id)));
    }

    public Optional<Group> group(long id) {
        return groups.stream().filter(group -> group.id() == id).findFirst();
    }
}
