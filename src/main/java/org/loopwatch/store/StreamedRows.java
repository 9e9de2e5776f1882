package org.loopwatch.store;

import java.util.List;
import org.loopwatch.domain.DailyResult;

/**
 * The rows of an import handed to {@link DailyResultRepository#importIntoEmpty} while the file is
 * still being read and checked on another thread (decision 0043), in file order.
 */
@FunctionalInterface
public interface StreamedRows {

    /**
     * The next rows, waiting until they are there; {@link Chunk#END} once every row was given.
     * Throws (any unchecked exception) when the import must write nothing: the transaction is then
     * rolled back and the exception passed on to the caller of {@code importIntoEmpty}.
     */
    Chunk next();

    /**
     * Rows in file order, and the groups to create before them.
     *
     * @param newGroups groups to add before these rows (in this order, each with the next
     *                  Okabe–Ito colour); the i-th group this import adds is referred to by the
     *                  placeholder id {@code -(i + 1)}
     * @param rows      rows to insert; a row's group id is stored, or a placeholder of a new group
     */
    record Chunk(List<String> newGroups, List<DailyResult> rows) {

        /** No more rows. */
        public static final Chunk END = new Chunk(List.of(), List.of());

        public Chunk {
            newGroups = List.copyOf(newGroups);
            rows = List.copyOf(rows);
        }
    }
}
