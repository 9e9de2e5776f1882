package org.loopwatch.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.loopwatch.domain.ResultKey;

/**
 * A desk's change listener for tests that keeps each batch of notices it is told of with the batch's
 * last transaction (decision 0067), so that a test waits for a given save's notice — and, notices
 * coming in commit order, for every save committed before it — instead of for a quiet spell.
 */
public final class ToldTransactions implements ChangeListener {

    /** One batch of notices: the tables named and the transaction of its last notice. */
    public record Told(Set<String> tables, long transaction) {
    }

    private final BlockingQueue<Told> told = new LinkedBlockingQueue<>();

    @Override
    public void changed(Set<String> tables) {
        throw new AssertionError("the watcher tells the transaction too");
    }

    @Override
    public void changed(Set<String> tables, long lastTransaction) {
        told.add(new Told(tables, lastTransaction));
    }

    /** The batches told until the one naming {@code transaction} or a later one (that one last); fails after 30 s. */
    public List<Told> awaitToldOf(long transaction) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        List<Told> seen = new ArrayList<>();
        while (seen.isEmpty() || seen.getLast().transaction() < transaction) {
            Told next = told.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (next == null) {
                throw new AssertionError("never told of transaction " + transaction + "; told " + seen);
            }
            seen.add(next);
        }
        return seen;
    }

    /** The transaction that last wrote the row of {@code key}, as its notice names it (its {@code change_xid}). */
    public static long lastWriterOf(TeamDatabaseUrl database, ResultKey key) throws SQLException {
        try (Connection connection = PostgresTestServer.shared().plainConnection(database);
             PreparedStatement query = connection.prepareStatement("SELECT change_xid::text FROM loopwatch.daily_results "
                     + "WHERE date = ? AND group_id = ? AND stage = ?")) {
            query.setObject(1, key.date());
            query.setLong(2, key.groupId());
            query.setString(3, key.stage().code());
            try (ResultSet rows = query.executeQuery()) {
                if (!rows.next()) {
                    throw new AssertionError("no row of " + key);
                }
                return Long.parseLong(rows.getString(1));
            }
        }
    }
}
