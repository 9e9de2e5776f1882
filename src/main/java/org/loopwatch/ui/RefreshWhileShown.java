package org.loopwatch.ui;

/**
 * Decides when a screen re-reads after a data change: at once while it is shown; when it is
 * shown again if the change came while it was hidden. Screens that re-read everything (the data
 * table, compare, the audit log) would otherwise each read the whole database after every save
 * on the one background thread, ahead of the dashboard's own update, for screens nobody looks at.
 * Without JavaFX scenes, so view models can hold it; the view tells it when it is shown.
 */
public final class RefreshWhileShown {

    private final Runnable refresh;
    // Shown until a view says otherwise: a view model without a view refreshes as it always did.
    private boolean shown = true;
    private boolean stale;

    public RefreshWhileShown(Runnable refresh) {
        this.refresh = refresh;
    }

    /** The data changed. */
    public void changed() {
        if (shown) {
            refresh.run();
        } else {
            stale = true;
        }
    }

    /** The screen was shown ({@code true}) or hidden; on showing, catches up with changes missed meanwhile. */
    public void shown(boolean nowShown) {
        shown = nowShown;
        if (nowShown && stale) {
            stale = false;
            refresh.run();
        }
    }

    /** True when a change came while hidden and has not been read yet. */
    public boolean stale() {
        return stale;
    }
}
