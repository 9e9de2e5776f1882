package org.loopwatch.store;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The database (a file, or a team database on a server) could not be opened, read or written. The message names the file and says
 * what the person can do; {@link #kind()} tells code (e.g. the command line, which exits 3) what
 * went wrong. Whenever this is thrown, the change in progress was not saved and a refused file was
 * left exactly as it was.
 *
 * <p>Refusals by the store's own rules (a duplicate entry, a closed day without a reason, a taken
 * name) are {@link ChangeRefusedException}s instead: they are about the input, not the file.
 */
public final class StoreException extends RuntimeException {

    /** What went wrong with the database file. */
    public enum Problem {
        /** No file at the path, and the operation needs an existing database. */
        NOT_FOUND,
        /** A file already exists where a new database was to be created. */
        ALREADY_EXISTS,
        /** The file is not an SQLite database at all (text, empty, a folder, …). */
        NOT_A_DATABASE,
        /** An SQLite database, but another program's. */
        NOT_LOOPWATCH,
        /** SQLite's integrity check fails on the file. */
        CORRUPT,
        /** Written by a newer LoopWatch whose schema this app does not know. */
        NEWER_SCHEMA,
        /** The file or its folder cannot be written. */
        READ_ONLY,
        /** Another running LoopWatch (or this one) holds the database, or SQLite stayed busy. */
        LOCKED,
        /** The disk is full; the change was not saved. */
        DISK_FULL,
        /** Reading or writing the file failed at the operating-system level. */
        IO,
        /** A schema upgrade script failed and was rolled back. */
        MIGRATION_FAILED,
        /** The database refused a value that breaks one of its rules (a bug in validation). */
        CONSTRAINT,
        /**
         * The database file was deleted, moved or replaced by another file while it was open; the
         * change was not saved, and what was saved before was put back or kept as a backup.
         */
        FILE_REPLACED,
        /** A backup could not be written, or a backup file is damaged or not usable; it was not used. */
        BACKUP_FAILED,
        /** The {@link Database} was already closed. */
        CLOSED,
        /** A team database refused the change: the user lacks the role it needs ({@link #neededRole()}). */
        NOT_PERMITTED,
        /** A team database's server refused the login (user, password, or no password given). */
        LOGIN_FAILED,
        /** The team database's server cannot be reached, or the connection was lost. */
        CONNECTION_LOST,
        /**
         * The team database's server could not be verified (sslmode=verify-full or verify-ca: its
         * certificate is not signed by the CA given, or names another host); reconnecting does not help.
         */
        NOT_VERIFIED,
        /** Any other database error. */
        UNEXPECTED
    }

    private final Problem kind;
    private final Path file;
    private final String location;
    private final TeamRole neededRole;
    private final String desktopMessage;

    StoreException(Problem kind, Path file, String message, Throwable cause) {
        this(kind, file, message, message, cause);
    }

    /**
     * With a second wording for the desktop app, where "open another file with --db" means
     * nothing: the same message, ending with what to do in the window instead.
     */
    StoreException(Problem kind, Path file, String message, String desktopMessage, Throwable cause) {
        super(message, cause);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.file = file;
        this.location = file == null ? "" : file.toString();
        this.neededRole = null;
        this.desktopMessage = Objects.requireNonNull(desktopMessage, "desktopMessage");
    }

    /** For a team database, which has an address instead of a file. */
    StoreException(Problem kind, TeamDatabaseUrl url, String message, Throwable cause, TeamRole neededRole) {
        super(message, cause);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.file = null;
        this.location = url.toString();
        this.neededRole = neededRole;
        this.desktopMessage = message;
    }

    /** The message as the desktop app shows it: what to do names menus, not command-line options. */
    public String desktopMessage() {
        return desktopMessage;
    }

    /** What went wrong. */
    public Problem kind() {
        return kind;
    }

    /** The database file concerned; null for a team database. */
    public Path file() {
        return file;
    }

    /** The file's path or the team database's address (never with a password). */
    public String location() {
        return location;
    }

    /** For {@link Problem#NOT_PERMITTED}: the role the refused action needs. */
    public java.util.Optional<TeamRole> neededRole() {
        return java.util.Optional.ofNullable(neededRole);
    }
}
