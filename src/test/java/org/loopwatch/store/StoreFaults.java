package org.loopwatch.store;

import java.sql.SQLException;
import java.sql.Statement;

/**
 * Makes a live database refuse writes, for tests of how screens handle a failed save. Test code
 * only: it reaches the connection the store keeps to itself.
 *
 * <p>Why not chmod: the connection keeps the file open for writing, so taking the write
 * permission away later changes nothing (and a test run as root ignores permissions anyway).
 * {@code PRAGMA query_only} makes SQLite answer every write with SQLITE_READONLY, the same error a
 * file on a read-only mount gives.
 */
public final class StoreFaults {

    private StoreFaults() {
    }

    /** From now on every write fails with {@link StoreException.Problem#READ_ONLY}; reads still work. */
    public static void refuseWrites(Database database) throws SQLException {
        try (Statement statement = database.session().connectionForTests().createStatement()) {
            statement.execute("PRAGMA query_only = ON");
        }
    }
}
