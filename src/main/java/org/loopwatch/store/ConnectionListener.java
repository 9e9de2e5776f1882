package org.loopwatch.store;

/**
 * Told when a team database's connection is lost and when it is back (SPEC §3.1: a banner says
 * so, typed values stay, saves resume). Called on a store thread, never the JavaFX thread:
 * hand the news over to the UI thread yourself. A file database never calls it.
 */
@FunctionalInterface
public interface ConnectionListener {

    /** @param connected false when the connection was lost, true when it is back */
    void connectionChanged(boolean connected);
}
