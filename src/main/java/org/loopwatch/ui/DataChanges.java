package org.loopwatch.ui;

import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.loopwatch.domain.DailyResult;
import org.loopwatch.domain.ResultKey;

/**
 * Tells every screen that the data changed (a save, an undo, an import, a settings change), so
 * the dashboard, tables and status bar refresh without a restart. Used on the FX thread only.
 *
 * <p>A change of one daily result also says which result and what it holds now, so a screen
 * showing figures of every row (the dashboard, 58,000 rows in ten years) can apply that one
 * instead of reading them all again (SPEC §9: save → dashboard redrawn in 100 ms).
 */
public final class DataChanges {

    /**
     * One daily result after a committed change.
     *
     * @param now the stored row; empty when it was deleted
     */
    public record ResultChange(ResultKey key, Optional<DailyResult> now) {

        public ResultChange {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(now, "now");
        }
    }

    private final ReadOnlyLongWrapper version = new ReadOnlyLongWrapper(0);
    private final ReadOnlyObjectWrapper<ResultChange> coming = new ReadOnlyObjectWrapper<>();
    private ResultChange lastResultChange;
    private boolean lastOnlyResults;

    /** Increases by one after every successful change; listen to it to refresh. */
    public ReadOnlyLongProperty versionProperty() {
        return version.getReadOnlyProperty();
    }

    /** Call on the FX thread after a write has been committed; listeners re-read what they show. */
    public void changed() {
        lastResultChange = null;
        lastOnlyResults = false;
        version.set(version.get() + 1);
    }

    /** Call on the FX thread after a write of one daily result (and nothing else) has been committed. */
    public void resultChanged(ResultKey key, Optional<DailyResult> now) {
        lastResultChange = new ResultChange(key, now);
        lastOnlyResults = true;
        version.set(version.get() + 1);
    }

    /**
     * Call on the FX thread when a write of one daily result is handed to the background thread,
     * before it is committed: a screen may work out what it will show meanwhile, but shows it only
     * once {@link #resultChanged} says the same change was committed (decision 0062). A write that
     * fails or is cancelled is simply never acknowledged.
     */
    public void resultComing(ResultKey key, Optional<DailyResult> now) {
        coming.set(new ResultChange(key, now));
        coming.set(null); // the same change written again later is told again
    }

    /**
     * The latest {@link #resultComing} notice while its listeners are told; null otherwise. Not a
     * committed change: nothing may be shown from it before {@link #versionProperty()} says so.
     */
    public ReadOnlyObjectProperty<ResultChange> comingProperty() {
        return coming.getReadOnlyProperty();
    }

    /**
     * Call on the FX thread when daily results, and nothing else, changed but which is not known
     * (other desks' saves, told by the team database): screens re-read the results, not groups,
     * rollups, event or settings.
     */
    public void resultsChanged() {
        lastResultChange = null;
        lastOnlyResults = true;
        version.set(version.get() + 1);
    }

    /**
     * What the latest version increase was about, read in a listener of {@link #versionProperty()}:
     * one daily result, or empty when it may have been anything (then re-read everything).
     */
    public Optional<ResultChange> lastResultChange() {
        return Optional.ofNullable(lastResultChange);
    }

    /**
     * True when the latest version increase changed daily results only (one known, or any number
     * unknown); false when anything may have changed (then re-read everything).
     */
    public boolean lastChangeOnlyResults() {
        return lastOnlyResults;
    }
}
