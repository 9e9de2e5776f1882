package org.loopwatch.store;

import java.util.Map;
import java.util.Optional;
import org.loopwatch.domain.Counts;
import org.loopwatch.domain.ResultKey;

/**
 * The results other desks changed on a team database since a desk's last read
 * ({@link ResultChangeReader#changesSince}): each key's row as it is now, empty when deleted.
 * May repeat rows the desk has already read (transactions still running at that read are read
 * again), which is harmless: a row applied twice is the same row.
 *
 * @param rows what changed, by key
 * @param mark where the read after this one starts ({@link ResultChangeReader#changeMark})
 */
public record ResultChanges(Map<ResultKey, Optional<Counts>> rows, long mark) {

    public ResultChanges {
        rows = Map.copyOf(rows);
    }
}
