package org.loopwatch.ui.dashboard;

import java.util.Optional;
import org.loopwatch.domain.DailyResult;
import org.loopwatch.ui.DataChanges.ResultChange;

/**
 * One save's dashboard, worked out from the change in memory while the save is still being written
 * (decision 0062), and shown only when both have happened, in whichever order they come: the figures
 * worked out, and the same change told committed. A save refused or cancelled is never told
 * committed; its figures are dropped with the next notice. FX thread only, except that the figures
 * may be worked out anywhere and handed over with {@link #worked} on the FX thread.
 *
 * @param <F> the figures worked out
 */
final class ForeseenSave<F> {

    /** What the dashboard does with a foreseen save. */
    interface Outcome<F> {

        /** No read is under way, the dashboard is on screen, and nothing asked for other figures since {@code ticket}. */
        boolean stillCurrent(long ticket);

        /** The save was committed and its figures will follow: changes meanwhile wait, as during a read. */
        void committing();

        /** Shows the figures worked out; false, showing nothing, when the data moved on meanwhile. */
        boolean show(F figures, long ticket);

        /** The figures cannot be shown: reads the committed change instead, as without foresight. */
        void readInstead(ResultChange change);
    }

    private final ResultChange change;
    private final long ticket;
    private final Outcome<F> outcome;
    /* Null until worked out; empty when that failed or had nothing to work from. */
    private Optional<F> worked;
    private boolean committed;

    ForeseenSave(ResultChange change, long ticket, Outcome<F> outcome) {
        this.change = change;
        this.ticket = ticket;
        this.outcome = outcome;
    }

    /**
     * True when the committed change is this one (the same cell and counts), nothing asked for other
     * figures since it was foreseen, and working it out has not failed: then {@link #committed} is to
     * be called instead of reading the change.
     */
    boolean canShow(ResultChange committedChange) {
        return outcome.stillCurrent(ticket) && change.key().equals(committedChange.key())
                && change.now().map(DailyResult::counts).equals(committedChange.now().map(DailyResult::counts))
                && (worked == null || worked.isPresent());
    }

    /** The save was told committed. */
    void committed() {
        committed = true;
        outcome.committing();
        if (worked != null) {
            show();
        }
    }

    /** The figures were worked out (empty: they could not be). */
    void worked(Optional<F> figures) {
        worked = figures;
        if (committed) {
            show();
        }
    }

    private void show() {
        if (worked.isEmpty() || !outcome.show(worked.get(), ticket)) {
            outcome.readInstead(change);
        }
    }
}
