package org.loopwatch.io;

/**
 * Watches an import: told its progress, and asked whether the person cancelled. Called on the
 * thread that runs the import.
 */
public interface ImportMonitor {

    /** Shows nothing and never cancels. */
    ImportMonitor NONE = new ImportMonitor() {
    };

    /**
     * @param done  rows done in this phase
     * @param total rows in this phase, or -1 when not known yet
     */
    default void progress(ImportPhase phase, long done, long total) {
    }

    /** True once the person asked to stop; the import then ends without changing the database. */
    default boolean isCancelled() {
        return false;
    }

    /** Throws {@link ImportCancelledException} when cancelled. */
    default void checkCancelled() {
        if (isCancelled()) {
            throw new ImportCancelledException();
        }
    }
}
