package org.loopwatch.io;

/**
 * The person cancelled the import. Thrown from inside the writing transaction, which it rolls
 * back, so the database is exactly as it was before the import.
 */
public final class ImportCancelledException extends RuntimeException {

    public ImportCancelledException() {
        super("The import was cancelled; the database was left as it was.");
    }
}
