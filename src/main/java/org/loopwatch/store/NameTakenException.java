package org.loopwatch.store;

/** Another group (or rollup) already has this name, ignoring case; nothing was written. */
public final class NameTakenException extends ChangeRefusedException {

    private final String existingName;

    NameTakenException(String message, String existingName) {
        super(message);
        this.existingName = existingName;
    }

    /** The name as it is stored, e.g. "Media" when "media" was asked for. */
    public String existingName() {
        return existingName;
    }
}
