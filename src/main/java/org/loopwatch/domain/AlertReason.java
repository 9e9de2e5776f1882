package org.loopwatch.domain;

/** Why a day raised an alert; a day may have both reasons. */
public enum AlertReason {
    /** P(X ≥ x | n, p0) below the rule's α against the 14-day baseline. */
    UNUSUAL_FOR_BASELINE,
    /** Positivity above the rule's absolute threshold. */
    ABOVE_THRESHOLD
}
