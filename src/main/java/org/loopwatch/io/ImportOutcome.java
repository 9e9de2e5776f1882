package org.loopwatch.io;

import org.loopwatch.store.ImportResult;

/**
 * A file checked and written.
 *
 * @param plan   what was checked: the rows, the groups created, the warnings
 * @param result how many rows were inserted and how many replaced
 */
public record ImportOutcome(ImportPlan plan, ImportResult result) {
}
