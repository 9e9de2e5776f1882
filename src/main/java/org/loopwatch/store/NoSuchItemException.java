package org.loopwatch.store;

/**
 * The row to change does not exist (any more), e.g. a daily result deleted since the screen
 * showed it, or an unknown group id; nothing was written.
 */
public final class NoSuchItemException extends ChangeRefusedException {

    NoSuchItemException(String message) {
        super(message);
    }
}
