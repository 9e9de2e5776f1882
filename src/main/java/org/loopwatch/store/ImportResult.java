package org.loopwatch.store;

/**
 * What a batch import wrote.
 *
 * @param inserted rows that were new
 * @param replaced rows that overwrote a stored row with the same key
 */
public record ImportResult(int inserted, int replaced) {
}
