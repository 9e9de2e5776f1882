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

    /**
     * As {@link #changed(Set)}, with the transaction whose notice came last. Notices come in commit
     * order, so this desk has then been told of every change committed up to that one (decision 0067).
     *
     * @param lastTransaction the PostgreSQL transaction id ({@code pg_current_xact_id()}, as in the
     *                        rows' {@code change_xid}); {@link #UNKNOWN_TRANSACTION} after a
     *                        reconnect or when polled
     */
    default void changed(Set<String> tables, long lastTransaction) {
        changed(tables);
    }

    /** No transaction is known: the change was found by polling, or the notices may have been missed. */
    long UNKNOWN_TRANSACTION = 0;

    /** Stands for "anything may have changed". */
    Set<String> EVERYTHING = Set.of("*");
}
