package org.loopwatch.store;

import java.nio.file.Path;
import java.sql.SQLException;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** Turns SQLite's error codes into {@link StoreException}s a person can act on. */
final class SqliteErrors {

    // Primary result codes (the low byte of an extended code), from sqlite3.h.
    private static final int BUSY = 5;
    private static final int LOCKED = 6;
    private static final int READONLY = 8;
    private static final int IOERR = 10;
    private static final int CORRUPT = 11;
    private static final int FULL = 13;
    private static final int CANTOPEN = 14;
    private static final int CONSTRAINT = 19;
    private static final int NOTADB = 26;

    private SqliteErrors() {
    }

    /**
     * Maps an error during normal work.
     *
     * @param doing what was being done, fitting "while … the file", e.g. "saving to"
     */
    static StoreException map(Path file, String doing, SQLException e) {
        return switch (primaryCode(e)) {
            case READONLY -> StoreMessages.readOnly(file, StoreMessages.why("sqlite", e.getMessage()));
            case FULL -> StoreMessages.diskFull(file, e);
            case BUSY, LOCKED -> StoreMessages.busy(file, e);
            case CORRUPT -> StoreMessages.corrupt(file, e.getMessage(), e);
            case NOTADB -> StoreMessages.notADatabase(file, StoreMessages.why("sqlite", e.getMessage()));
            case IOERR, CANTOPEN -> StoreMessages.io(file, "read or written", e);
            case CONSTRAINT -> StoreMessages.constraint(file, e);
            default -> StoreMessages.unexpected(file, doing, e);
        };
    }

    /** Maps an error while inspecting a file before opening it; damage shows up as CORRUPT. */
    static StoreException whileInspecting(Path file, SQLException e) {
        return switch (primaryCode(e)) {
            case NOTADB -> StoreMessages.corrupt(file, StoreMessages.why("unreadableDatabase"), e);
            default -> map(file, "inspecting", e);
        };
    }

    static int primaryCode(SQLException e) {
        if (e instanceof SQLiteException sqlite) {
            SQLiteErrorCode code = sqlite.getResultCode();
            if (code != null) {
                return code.code & 0xff;
            }
        }
        return e.getErrorCode() & 0xff;
    }
}
