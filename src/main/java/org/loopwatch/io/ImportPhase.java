package org.loopwatch.io;

/** The steps of an import, for progress messages. */
public enum ImportPhase {
    READING,
    CHECKING,
    WRITING;

    /** What the phase is doing, in the interface language. */
    public String label() {
        return org.loopwatch.domain.text.Texts.of(ImportPhase.class).get("phase." + name());
    }
}
