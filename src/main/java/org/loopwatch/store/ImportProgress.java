package org.loopwatch.store;

/** Told how far a batch import has got, so the UI can show progress. Called on the writing thread. */
@FunctionalInterface
public interface ImportProgress {

    /** Ignores progress. */
    ImportProgress NONE = (done, total) -> { };

    /**
     * @param done  rows written so far
     * @param total rows in the batch
     */
    void rowsWritten(int done, int total);
}
