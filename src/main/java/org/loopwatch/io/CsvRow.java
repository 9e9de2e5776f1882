package org.loopwatch.io;

import org.loopwatch.domain.RawEntry;

/**
 * One data row of a CSV file as read, before validation.
 *
 * @param line  the physical line where the row starts
 * @param entry the cells, with the formula guard of {@link FormulaGuard} removed from text cells
 */
record CsvRow(long line, RawEntry entry) {
}
