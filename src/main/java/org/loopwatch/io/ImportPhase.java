package org.loopwatch.io;

/** The steps of an import, for progress messages. */
public enum ImportPhase {
    READING("Reading the file"),
    CHECKING("Checking every row"),
    WRITING("Saving");

    private final String label;

    ImportPhase(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
