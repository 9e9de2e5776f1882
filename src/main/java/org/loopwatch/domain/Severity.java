package org.loopwatch.domain;

/** How serious a validation problem is. */
public enum Severity {
    /** The entry cannot be saved until this is fixed. */
    ERROR,
    /** The entry can be saved once the person confirms it is right. */
    WARNING
}
