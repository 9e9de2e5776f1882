package org.loopwatch.store;

import java.util.Set;

/**
 * Told when another desk changed the team database (SPEC §3.1: a save on one desk appears on the
 * others within 2 s), so that screens reload what they show. Called on a store thread, never the
 * JavaFX thread. Changes made through this {@link Database} are not reported: the screen that
 * saved them knows already.
 */
@FunctionalInterface
public interface ChangeListener {

    /**
     * @param tables the tables that changed ({@code daily_results}, {@code day_status}, {@code groups},
     *               …); {@link #EVERYTHING} when it is not known what changed (after a reconnect)
     */
    void changed(Set<String> tables);

    /** Stands for "anything may have changed". */
    Set<String> EVERYTHING = Set.of("*");
}
