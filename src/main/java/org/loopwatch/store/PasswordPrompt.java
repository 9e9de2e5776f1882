package org.loopwatch.store;

import java.util.Optional;

/**
 * Asks a person for the password of a team database when neither {@code PGPASSWORD} nor the
 * password file has one (or the one found was refused). The desktop app shows a dialog; the
 * command line has no one to ask ({@link #NONE}) and says where to put the password instead.
 * LoopWatch keeps the answer in memory only, for reconnecting, and never writes it anywhere.
 */
@FunctionalInterface
public interface PasswordPrompt {

    /** Never asks: the password must come from the environment or the password file. */
    PasswordPrompt NONE = (url, refused) -> Optional.empty();

    /**
     * @param url     the database asking (never holds a password)
     * @param refused true when a password was tried and the server refused it
     * @return the password, or empty when the person cancelled
     */
    Optional<char[]> ask(TeamDatabaseUrl url, boolean refused);
}
