package org.loopwatch.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Tells a team database's {@link ChangeListener}s what other desks changed, on a thread and a
 * connection of its own (a LISTEN connection must not wait behind a long import). The tables'
 * triggers send {@code NOTIFY loopwatch_changes} with the table's name and the transaction's id
 * ({@code daily_results:748213}, decision 0067) at every commit; notices sent by this desk's own
 * session are skipped. Where notifications cannot be had (a connection
 * pooler in between, for one), it polls the newest audit row instead, once a second: every change
 * writes one. When its connection breaks it reports the session lost, reconnects every second,
 * and after reconnecting reports {@link ChangeListener#EVERYTHING} (notices sent meanwhile are gone).
 */
final class TeamChangeWatcher implements AutoCloseable {

    static final String CHANNEL = "loopwatch_changes";
    private static final int WAIT_MILLIS = 250;
    private static final int POLL_MILLIS = 1_000;

    private final PostgresSession session;
    private final boolean tryListen;
    private final List<ChangeListener> listeners = new CopyOnWriteArrayList<>();
    private final Thread thread;
    private volatile boolean running = true;
    private volatile Connection connection;
    private boolean listening;
    private long lastAuditId = -1;

    TeamChangeWatcher(PostgresSession session) {
        this(session, true);
    }

    /** @param tryListen false to poll from the start (for tests of the fallback) */
    TeamChangeWatcher(PostgresSession session, boolean tryListen) {
        this.session = session;
        this.tryListen = tryListen;
        this.thread = Thread.ofPlatform().daemon().name("loopwatch-team-changes").unstarted(this::run);
    }

    /**
     * Listens before returning, so that no change saved after {@link Database#connect} returned can
     * be missed; when that first connection fails, the thread keeps trying.
     */
    void start() {
        try {
            connect();
        } catch (SQLException | RuntimeException notYet) {
            closeConnection();
        }
        thread.start();
    }

    void add(ChangeListener listener) {
        listeners.add(listener);
    }

    void remove(ChangeListener listener) {
        listeners.remove(listener);
    }

    private void run() {
        boolean reconnecting = false;
        while (running) {
            try {
                if (connection == null) {
                    connect();
                    if (reconnecting) {
                        session.reconnectIfLost();
                        tell(ChangeListener.EVERYTHING, ChangeListener.UNKNOWN_TRANSACTION);
                    }
                    reconnecting = false;
                }
                Notices changed = listening ? awaitNotices() : poll();
                if (!changed.tables().isEmpty()) {
                    tell(changed.tables(), changed.lastTransaction());
                }
            } catch (SQLException | RuntimeException e) {
                if (!running) {
                    return;
                }
                closeConnection();
                if (e instanceof SQLException sql && PostgresErrors.isConnectionLost(sql)) {
                    session.lost();
                }
                reconnecting = true;
                pause(POLL_MILLIS);
            }
        }
    }

    private void connect() throws SQLException {
        Connection fresh = session.connections().open();
        listening = false;
        if (tryListen) {
            try (Statement statement = fresh.createStatement()) {
                statement.execute("LISTEN " + CHANNEL);
                listening = true;
            } catch (SQLException notifyUnavailable) {
                // Polled instead.
            }
        }
        connection = fresh;
        lastAuditId = newestAuditId();
    }

    /* What one wait for notices brought: the tables named, and the transaction of the last notice. */
    record Notices(Set<String> tables, long lastTransaction) {

        static final Notices NONE = new Notices(Set.of(), ChangeListener.UNKNOWN_TRANSACTION);

        /** Reads payloads "table:transaction"; a payload without a transaction (a schema before V004) names a table only. */
        static Notices of(List<String> payloads) {
            Set<String> tables = new TreeSet<>();
            long last = ChangeListener.UNKNOWN_TRANSACTION;
            for (String payload : payloads) {
                int colon = payload.lastIndexOf(':');
                if (colon < 0) {
                    tables.add(payload);
                    continue;
                }
                tables.add(payload.substring(0, colon));
                try {
                    last = Long.parseLong(payload.substring(colon + 1));
                } catch (NumberFormatException notATransaction) {
                    last = ChangeListener.UNKNOWN_TRANSACTION;
                }
            }
            return new Notices(Set.copyOf(tables), last);
        }
    }

    private Notices awaitNotices() throws SQLException {
        PGNotification[] notices = connection.unwrap(PGConnection.class).getNotifications(WAIT_MILLIS);
        if (notices == null) {
            return Notices.NONE;
        }
        int own = session.backendPid();
        List<String> payloads = new ArrayList<>();
        for (PGNotification notice : notices) {
            if (notice.getPID() != own) {
                payloads.add(notice.getParameter());
            }
        }
        return Notices.of(payloads);
    }

    /* Fallback: the newest audit row moves with every change (own changes included, which is harmless). */
    private Notices poll() throws SQLException {
        pause(POLL_MILLIS);
        long newest = newestAuditId();
        if (newest == lastAuditId) {
            return Notices.NONE;
        }
        lastAuditId = newest;
        return new Notices(ChangeListener.EVERYTHING, ChangeListener.UNKNOWN_TRANSACTION);
    }

    private long newestAuditId() throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT coalesce(max(id), 0) FROM audit_log")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private void tell(Set<String> tables, long lastTransaction) {
        for (ChangeListener listener : listeners) {
            try {
                listener.changed(tables, lastTransaction);
            } catch (RuntimeException e) {
                Thread.currentThread().getUncaughtExceptionHandler().uncaughtException(Thread.currentThread(), e);
            }
        }
    }

    private void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    private void closeConnection() {
        Connection open = connection;
        connection = null;
        if (open != null) {
            try {
                open.close();
            } catch (SQLException ignored) {
                // It is broken or being shut down.
            }
        }
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
        closeConnection();
        try {
            thread.join(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
