package org.loopwatch.store;

import java.sql.SQLException;
import org.loopwatch.domain.text.Texts;
import org.loopwatch.store.StoreException.Problem;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/** Turns PostgreSQL's SQL states into {@link StoreException}s a person can act on. */
final class PostgresErrors {

    private static final Texts TEXT = Texts.of(PostgresErrors.class);

    private PostgresErrors() {
    }

    /** The server wants a password that was not given, or refused the one given. */
    static boolean isPasswordProblem(SQLException e) {
        String state = state(e);
        return "28P01".equals(state) || ("08004".equals(state) && String.valueOf(e.getMessage()).contains("password"));
    }

    /** The connection is gone (server down, restarted, network lost): reconnecting may help. */
    static boolean isConnectionLost(SQLException e) {
        String state = state(e);
        return state.startsWith("08") && !isPasswordProblem(e) && !isNotVerified(e) || state.equals("57P01")
                || state.equals("57P02") || state.equals("57P03");
    }

    /*
     * TLS refused the server (sslmode=verify-full/verify-ca: a CA that did not sign its certificate, a
     * host name the certificate does not name, no CA file): the same on every try, so never "lost".
     */
    static boolean isNotVerified(SQLException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof javax.net.ssl.SSLException || cause instanceof java.security.cert.CertificateException
                    || cause instanceof java.security.GeneralSecurityException) {
                return true;
            }
        }
        return false;
    }

    /**
     * Maps an error.
     *
     * @param needed the role the work needs, named when the database refuses it
     */
    static StoreException map(TeamDatabaseUrl url, String doing, TeamRole needed, SQLException e) {
        String state = state(e);
        String user = url.effectiveUser();
        if (isPasswordProblem(e) || state.startsWith("28")) {
            String key = "08004".equals(state) ? "error.noPassword" : "error.login";
            return new StoreException(Problem.LOGIN_FAILED, url, TEXT.format(key, url, user, detail(e)), e, null);
        }
        if (isNotVerified(e)) {
            return new StoreException(Problem.NOT_VERIFIED, url, TEXT.format("error.notVerified", url, detail(e)), e, null);
        }
        if (isConnectionLost(e)) {
            return new StoreException(Problem.CONNECTION_LOST, url, TEXT.format("error.connection", url, detail(e)), e, null);
        }
        return switch (state) {
            case "42501" -> {
                TeamRole role = hintedRole(e).orElse(needed == null ? TeamRole.ENTRY : needed);
                yield new StoreException(Problem.NOT_PERMITTED, url,
                        TEXT.format("error.permission", user, role.roleName(), url, detail(e)), e, role);
            }
            case "3D000" -> new StoreException(Problem.NOT_FOUND, url, TEXT.format("error.noDatabase", url), e, null);
            case "53100" -> new StoreException(Problem.DISK_FULL, url, TEXT.format("error.diskFull", url), e, null);
            case "40001", "40P01", "55P03", "57014" ->
                    new StoreException(Problem.LOCKED, url, TEXT.format("error.busy", url, detail(e)), e, null);
            default -> state.startsWith("23")
                    ? new StoreException(Problem.CONSTRAINT, url, TEXT.format("error.constraint", url, detail(e)), e, null)
                    : new StoreException(Problem.UNEXPECTED, url, TEXT.format("error.unexpected", url, detail(e)), e, null);
        };
    }

    /* A refusal raised by LoopWatch's own rules names the role in its hint (a closed day: loopwatch_admin). */
    private static java.util.Optional<TeamRole> hintedRole(SQLException e) {
        if (e instanceof PSQLException psql) {
            ServerErrorMessage server = psql.getServerErrorMessage();
            if (server != null) {
                return TeamRole.fromRoleName(server.getHint());
            }
        }
        return java.util.Optional.empty();
    }

    static String state(SQLException e) {
        return e.getSQLState() == null ? "" : e.getSQLState();
    }

    private static String detail(SQLException e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message.strip();
    }
}
