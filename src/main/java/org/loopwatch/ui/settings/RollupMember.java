package org.loopwatch.ui.settings;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.loopwatch.domain.Group;

/** One group offered as a rollup member, with whether the rollup being edited includes it. */
public final class RollupMember {

    private final Group group;
    private final BooleanProperty included = new SimpleBooleanProperty(false);

    RollupMember(Group group) {
        this.group = group;
    }

    public Group group() {
        return group;
    }

    public BooleanProperty includedProperty() {
        return included;
    }

    /** The group's name, marked when it is inactive (it still counts in a rollup's past data). */
    public String label() {
        return group.active() ? group.name() : org.loopwatch.domain.text.Texts.of(RollupMember.class)
                .format("groups.inactiveName", group.name());
    }
}
