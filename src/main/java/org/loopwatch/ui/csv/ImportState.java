package org.loopwatch.ui.csv;

/** Where an import in the app stands. */
public enum ImportState {
    IDLE, RUNNING, SUCCEEDED, FAILED, CANCELLED
}
