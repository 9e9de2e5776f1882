package org.loopwatch.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Properties;

/**
 * Opens PostgreSQL connections to a team database the way LoopWatch needs them: the schema
 * {@code loopwatch} on the search path, the desk in the application name (so a server
 * administrator sees who is connected), TCP keep-alive so a lost server is noticed, and the
 * password from {@code PGPASSWORD}, else from the password file (which the driver reads itself:
 * {@code PGPASSFILE}, {@code ~/.pgpass}, {@code %APPDATA%\postgresql\pgpass.conf}), else from the
 * person ({@link PasswordPrompt}). A password asked for is kept in memory for reconnecting only.
 */
final class PostgresConnections {

    /** The schema that holds LoopWatch's tables in a team database. */
    static final String SCHEMA = "loopwatch";

    private static final int CONNECT_TIMEOUT_SECONDS = 10;
    private static final int MAX_ASKS = 3;

    private final TeamDatabaseUrl url;
    private final PasswordPrompt prompt;
    private char[] askedPassword;

    PostgresConnections(TeamDatabaseUrl url, PasswordPrompt prompt) {
        this.url = url;
        this.prompt = prompt;
    }

    TeamDatabaseUrl url() {
        return url;
    }

    /** A connection for the work of the session (SQL state 28P01 or 08004 when no password fits). */
    synchronized Connection open() throws SQLException {
        return open(true);
    }

    /**
     * A connection, asking the person for a password when the server wants one that the
     * environment and the password file did not give.
     */
    synchronized Connection open(boolean withSchema) throws SQLException {
        try {
            return connect(withSchema, currentPassword());
        } catch (SQLException e) {
            if (!PostgresErrors.isPasswordProblem(e)) {
                throw e;
            }
            boolean refused = currentPassword().isPresent();
            SQLException last = e;
            // A mistyped password is asked for again, a few times, as psql's users expect.
            for (int attempt = 0; attempt < MAX_ASKS; attempt++) {
                Optional<char[]> answer = prompt.ask(url, refused);
                if (answer.isEmpty()) {
                    throw last;
                }
                try {
                    Connection connection = connect(withSchema, Optional.of(new String(answer.get())));
                    askedPassword = answer.get();
                    return connection;
                } catch (SQLException again) {
                    if (!PostgresErrors.isPasswordProblem(again)) {
                        throw again;
                    }
                    last = again;
                    refused = true;
                }
            }
            throw last;
        }
    }

    private Optional<String> currentPassword() {
        if (askedPassword != null) {
            return Optional.of(new String(askedPassword));
        }
        return Optional.ofNullable(System.getenv("PGPASSWORD")).filter(p -> !p.isEmpty());
    }

    private Connection connect(boolean withSchema, Optional<String> password) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", url.effectiveUser());
        password.ifPresent(p -> properties.setProperty("password", p));
        properties.setProperty("ApplicationName", "LoopWatch on " + Desk.name());
        properties.setProperty("connectTimeout", Integer.toString(CONNECT_TIMEOUT_SECONDS));
        properties.setProperty("tcpKeepAlive", "true");
        if (withSchema) {
            properties.setProperty("currentSchema", SCHEMA);
        }
        url.options().forEach((key, value) -> properties.setProperty(switch (key) {
            case "connect_timeout" -> "connectTimeout";
            default -> key;
        }, value));
        return DriverManager.getConnection(url.jdbcUrl(), properties);
    }
}
