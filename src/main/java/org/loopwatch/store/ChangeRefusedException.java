package org.loopwatch.store;

/**
 * The store refused a change by its own rules; nothing was written, not even an audit row. The
 * message is a sentence for a person. Subclasses carry what the caller needs to offer a way out
 * (e.g. the existing row, so the UI can ask "replace or cancel").
 */
public abstract sealed class ChangeRefusedException extends RuntimeException
        permits DuplicateEntryException, ReasonRequiredException, NameTakenException,
                GroupHasDataException, NoSuchItemException, ConcurrentChangeException {

    ChangeRefusedException(String message) {
        super(message);
    }
}
