package org.loopwatch.store;

/** What {@link Database#open} may do when the file exists or not. */
public enum OpenMode {
    /** The desktop app and {@code import}: open the file, or create a new database when there is none. */
    CREATE_IF_MISSING,
    /**
     * {@code summary}, {@code export-csv}, {@code export}: the file must exist (else
     * {@link StoreException.Problem#NOT_FOUND}, creating nothing), so a mistyped path never gives
     * a silently empty report.
     */
    MUST_EXIST,
    /** {@code init}: create a new database; an existing file is refused with {@link StoreException.Problem#ALREADY_EXISTS}. */
    CREATE_NEW
}
