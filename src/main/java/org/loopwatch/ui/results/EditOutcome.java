package org.loopwatch.ui.results;

/** How an attempt to change a daily result ended; handed to the caller on the FX thread. */
public sealed interface EditOutcome {

    /** The change was committed (and announced through {@code DataChanges}). */
    record Saved(SavedChange change) implements EditOutcome {
    }

    /** The person chose not to go ahead (cancelled a replace, a delete or a reason); nothing changed. */
    record Cancelled() implements EditOutcome {
    }

    /** The change failed and nothing was written; {@code message} says why, for the screen. */
    record Failed(String message) implements EditOutcome {
    }
}
