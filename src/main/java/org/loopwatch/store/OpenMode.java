package org.loopwatch.store;

/** What {@link Database#open} may do when the file exists or not. */
public enum OpenMode {
    /** The desktop app and {@code import}: open the file, or create a new database when there is none. */
    CREATE_IF_MISSING,
    /**
     * The file must exist (else {@link StoreException.Problem#NOT_FOUND}, creating nothing), so a
     * mistyped path never gives a silently empty report. The read-only commands ({@code summary},
     * {@code export-csv}, {@code export}) open through {@link Database#openForReading}, which
     * checks the same, and uses this mode when an older database must be upgraded first.
     */
    MUST_EXIST,
    /** {@code init}: create a new database; an existing file is refused with {@link StoreException.Problem#ALREADY_EXISTS}. */
    CREATE_NEW
}
