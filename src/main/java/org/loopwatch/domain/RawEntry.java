package org.loopwatch.domain;

/**
 * An entry exactly as typed in the form or read from a CSV row, before validation. Any field may
 * be null or blank.
 */
public record RawEntry(String date, String group, String stage, String tests, String positives, String note) {
}
