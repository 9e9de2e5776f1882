package org.loopwatch.ui.results;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.LongFunction;
import org.loopwatch.domain.DailyResult;
import org.loopwatch.domain.text.Texts;
import org.loopwatch.store.ChangeRefusedException;
import org.loopwatch.store.ConcurrentChangeException;
import org.loopwatch.store.Database;
import org.loopwatch.store.DuplicateEntryException;
import org.loopwatch.store.ReasonRequiredException;
import org.loopwatch.store.StoreException;
import org.loopwatch.store.VersionedResult;
import org.loopwatch.ui.AppServices;

/**
 * The one path by which screens change daily results: the entry form and the data table both
 * use it, so the replace rule, the closed-day reason and the error handling are the same
 * everywhere. The store writes the audit rows; this class asks the person what the store needs
 * (replace or cancel, a reason) and retries.
 *
 * <p>Writes run on the background thread; outcomes and dialogs happen on the FX thread. After
 * every committed write it calls {@code changes().resultChanged(…)} with the row as it is now; before
 * a write of one row is handed over, {@code changes().resultComing(…)} with the row it will leave, so
 * the dashboard can work out its figures while the commit waits for the disk (decision 0062).
 */
public final class ResultEditor {

    private static final Texts TEXT = Texts.of(ResultEditor.class);

    private final AppServices services;
    private final LongFunction<String> groupNames;

    /**
     * @param groupNames names groups in dialogs and audit reasons; read each time, so renames show
     */
    public ResultEditor(AppServices services, LongFunction<String> groupNames) {
        this.services = Objects.requireNonNull(services, "services");
        this.groupNames = Objects.requireNonNull(groupNames, "groupNames");
    }

    /** Adds a row; when one exists for its date, group and stage, replaces it only if the person agrees. */
    public void add(DailyResult row, Consumer<EditOutcome> done) {
        insert(row, "", false, done);
    }

    /** Replaces the stored row with the same key, e.g. after an edit in the data table. */
    public void change(DailyResult row, Consumer<EditOutcome> done) {
        replace(row, Optional.empty(), "", done);
    }

    /**
     * Replaces the row the person saw ({@code seen}, with its version) by {@code row}. When another
     * desk changed or deleted it meanwhile, the store refuses (and audits the refusal) and the
     * person sees both values: replace theirs with mine, or keep theirs (SPEC §3.1: no lost update).
     * A version of 0 (not known) replaces without the check.
     */
    public void change(VersionedResult seen, DailyResult row, Consumer<EditOutcome> done) {
        if (seen.version() <= 0) {
            change(row, done);
            return;
        }
        replaceVersioned(seen.result(), row, seen.version(), "", false, done);
    }

    /** Deletes a row after the person confirms, so its cell reads "not reported" again. */
    public void delete(DailyResult row, Consumer<EditOutcome> done) {
        boolean sure = services.dialogs().confirmDestructive(TEXT.get("delete.title"),
                TEXT.format("delete.question", ResultText.key(row.key(), groupNames), ResultText.values(row)),
                TEXT.get("delete.confirm"), TEXT.get("cancel"));
        if (!sure) {
            done.accept(new EditOutcome.Cancelled());
            return;
        }
        remove(row, "", done);
    }

    /**
     * Undoes a saved change, as a change of its own with the reason "Undo of …" in the audit log.
     * Refuses, changing nothing, when the row was changed again since.
     */
    public void undo(SavedChange change, Consumer<EditOutcome> done) {
        undo(change, "", done);
    }

    /*
     * On a closed day the undo needs the person's reason like any other change (the automatic
     * "Undo of …" alone let it through unasked, a hole in the audit): the background check finds the
     * day closed, the person is asked with the old and new values, and the undo runs again with both.
     */
    private void undo(SavedChange change, String personsReason, Consumer<EditOutcome> done) {
        String reason = TEXT.format("undo.reason", TEXT.get("undo.kind." + change.kind().name()),
                ResultText.key(change.key(), groupNames),
                change.after().or(change::before).map(row -> TEXT.format("undo.reason.values", ResultText.values(row)))
                        .orElse(""),
                personsReason.isBlank() ? "" : TEXT.format("undo.reason.why", personsReason));
        Database database = services.database();
        services.tasks().run(() -> {
            Optional<DailyResult> stored = database.results().find(change.key());
            if (!stored.equals(change.after())) {
                throw new UndoOutdatedException(TEXT.format("undo.outdated", ResultText.key(change.key(), groupNames)));
            }
            if (personsReason.isBlank() && database.days().isClosed(change.key().date())) {
                throw new UndoNeedsReasonException();
            }
            return switch (change.kind()) {
                case INSERT -> SavedChange.deleted(database.results().delete(change.key(), reason));
                case REPLACE -> SavedChange.replaced(database.results().replace(change.before().orElseThrow(), reason),
                        change.before().orElseThrow());
                case DELETE -> SavedChange.inserted(database.results().insert(change.before().orElseThrow(), reason));
            };
        }, undone -> succeed(undone, done), failure -> {
            if (failure instanceof UndoNeedsReasonException) {
                services.dialogs().askReason(TEXT.get("undo.closed.title"), TEXT.format("undo.closed.question",
                                ResultText.key(change.key(), groupNames), org.loopwatch.domain.text.DateStyle.date(change.key().date()),
                                oldToNew(change.after(), change.before())))
                        .ifPresentOrElse(why -> undo(change, why, done), () -> done.accept(new EditOutcome.Cancelled()));
            } else {
                fail(TEXT.get("undo.failed"), failure, done);
            }
        });
    }

    /** "0 positives in 171 tests → missing": what a change does to one cell, for a reason dialog. */
    static String oldToNew(Optional<DailyResult> before, Optional<DailyResult> after) {
        return before.map(ResultText::values).orElse(TEXT.get("value.missing")) + " → "
                + after.map(ResultText::values).orElse(TEXT.get("value.missing"));
    }

    /*
     * afterLoss: this is the rerun of a save whose connection was lost, perhaps just after its COMMIT
     * reached the server. Finding exactly this row stored then means the save landed: it is reported
     * saved, not offered for replacing by itself.
     */
    private void insert(DailyResult row, String reason, boolean afterLoss, Consumer<EditOutcome> done) {
        // A closed day refuses before the duplicate check: read what is stored (with its version),
        // so a save over a stored row on a closed day is one question (replace, with a reason).
        java.util.concurrent.atomic.AtomicReference<Optional<VersionedResult>> stored =
                new java.util.concurrent.atomic.AtomicReference<>(Optional.empty());
        services.changes().resultComing(row.key(), Optional.of(row));
        services.tasks().run(() -> {
                    stored.set(services.database().results().findVersioned(row.key()));
                    return services.database().results().insert(row, reason);
                },
                inserted -> succeed(SavedChange.inserted(inserted), done),
                failure -> {
                    if (failure instanceof DuplicateEntryException) {
                        // The stored row with its version: a save over it is refused if it changes before Replace.
                        services.tasks().run(() -> services.database().results().findVersioned(row.key()),
                                read -> read.ifPresentOrElse(found -> {
                                    if (afterLoss && found.result().equals(row)) {
                                        succeed(SavedChange.inserted(row), done);
                                    } else {
                                        askToReplace(found, row, reason, done);
                                    }
                                }, () -> insert(row, reason, afterLoss, done)),
                                readFailure -> fail(TEXT.get("notSaved.title"), readFailure, done));
                    } else if (failure instanceof ReasonRequiredException && reason.isBlank()
                            && stored.get().isPresent()) {
                        askToReplaceOnClosedDay(stored.get().get(), row, done);
                    } else if (!waitForConnection(failure, () -> insert(row, reason, true, done))) {
                        retryWithReason(failure, reason, oldToNew(stored.get().map(VersionedResult::result),
                                Optional.of(row)), why -> insert(row, why, afterLoss, done), done);
                    }
                });
    }

    /* Replace and reason in one dialog: the stored and new values, why, and Replace (never the Enter default). */
    private void askToReplaceOnClosedDay(VersionedResult stored, DailyResult row,
                                         Consumer<EditOutcome> done) {
        services.dialogs().askReasonToReplace(TEXT.get("replaceClosed.title"), TEXT.format("replaceClosed.question",
                        ResultText.key(row.key(), groupNames), org.loopwatch.domain.text.DateStyle.date(row.key().date()),
                        ResultText.values(stored.result()), ResultText.values(row)), TEXT.get("replaceClosed.confirm"))
                .ifPresentOrElse(why -> replaceVersioned(stored.result(), row, stored.version(), why, false, done),
                        () -> done.accept(new EditOutcome.Cancelled()));
    }

    private void askToReplace(VersionedResult stored, DailyResult row, String reason, Consumer<EditOutcome> done) {
        boolean replace = services.dialogs().confirmDestructive(TEXT.get("replace.title"),
                TEXT.format("replace.question", ResultText.key(row.key(), groupNames),
                        ResultText.values(stored.result()), ResultText.values(row)),
                TEXT.get("replace.confirm"), TEXT.get("cancel"));
        if (replace) {
            replaceVersioned(stored.result(), row, stored.version(), reason, false, done);
        } else {
            done.accept(new EditOutcome.Cancelled());
        }
    }

    /* afterLoss as for insert: after a lost connection, a version moved on to exactly this row is this save. */
    private void replaceVersioned(DailyResult before, DailyResult row, long version, String reason, boolean afterLoss,
                                  Consumer<EditOutcome> done) {
        services.changes().resultComing(row.key(), Optional.of(row));
        services.tasks().run(() -> services.database().results().replace(row, version, reason),
                saved -> succeed(SavedChange.replaced(before, row), done),
                failure -> {
                    if (failure instanceof ConcurrentChangeException conflict && afterLoss
                            && conflict.stored().map(VersionedResult::result).filter(row::equals).isPresent()) {
                        succeed(SavedChange.replaced(before, row), done);
                    } else if (failure instanceof ConcurrentChangeException conflict) {
                        resolve(conflict, row, reason, done);
                    } else if (!waitForConnection(failure, () -> replaceVersioned(before, row, version, reason, true, done))) {
                        retryWithReason(failure, reason, oldToNew(Optional.of(before), Optional.of(row)),
                                why -> replaceVersioned(before, row, version, why, afterLoss, done), done);
                    }
                });
    }

    /* Another desk saved (or deleted) the row meanwhile: show theirs and mine; keeping theirs is the safe choice. */
    private void resolve(ConcurrentChangeException conflict, DailyResult mine, String reason, Consumer<EditOutcome> done) {
        String key = ResultText.key(mine.key(), groupNames);
        Optional<VersionedResult> theirs = conflict.stored();
        boolean replace = theirs.isPresent()
                ? services.dialogs().confirm(TEXT.get("conflict.title"), TEXT.format("conflict.changed", key,
                        ResultText.values(theirs.get().result()), ResultText.values(mine)),
                        TEXT.get("conflict.replace"), TEXT.get("conflict.keep"))
                : services.dialogs().confirm(TEXT.get("conflict.title"), TEXT.format("conflict.deleted", key,
                        ResultText.values(mine)), TEXT.get("conflict.addAgain"), TEXT.get("conflict.keepDeleted"));
        if (!replace) {
            services.changes().changed(); // show theirs everywhere
            done.accept(new EditOutcome.Cancelled());
        } else if (theirs.isPresent()) {
            replaceVersioned(theirs.get().result(), mine, theirs.get().version(), reason, false, done);
        } else {
            insert(mine, reason, false, done);
        }
    }

    private void replace(DailyResult row, Optional<DailyResult> stored, String reason, Consumer<EditOutcome> done) {
        // The stored values, read on the background thread, for the reason dialog's "old → new".
        java.util.concurrent.atomic.AtomicReference<Optional<DailyResult>> known = new java.util.concurrent.atomic.AtomicReference<>(stored);
        services.changes().resultComing(row.key(), Optional.of(row));
        services.tasks().run(() -> {
                    if (known.get().isEmpty()) {
                        known.set(services.database().results().find(row.key()));
                    }
                    return services.database().results().replace(row, reason);
                },
                old -> succeed(SavedChange.replaced(old, row), done),
                failure -> {
                    if (!waitForConnection(failure, () -> replace(row, known.get(), reason, done))) {
                        retryWithReason(failure, reason, oldToNew(known.get(), Optional.of(row)),
                                why -> replace(row, known.get(), why, done), done);
                    }
                });
    }

    private void remove(DailyResult row, String reason, Consumer<EditOutcome> done) {
        services.changes().resultComing(row.key(), Optional.empty());
        services.tasks().run(() -> services.database().results().delete(row.key(), reason),
                old -> succeed(SavedChange.deleted(old), done),
                failure -> retryWithReason(failure, reason, oldToNew(Optional.of(row), Optional.empty()),
                        why -> remove(row, why, done), done));
    }

    /*
     * A team database's connection is lost: the save waits and runs again once it is back (SPEC
     * §3.1); the form keeps what was typed meanwhile. A save whose commit may have happened is never
     * doubled: the store asks the server, and a second try finds the row (replace asks) or its version moved.
     */
    private boolean waitForConnection(Throwable failure, Runnable retry) {
        if (services.team().isTeam() && failure instanceof StoreException problem
                && problem.kind() == StoreException.Problem.CONNECTION_LOST) {
            services.team().whenConnected(retry);
            return true;
        }
        return false;
    }

    /* A closed day: ask why once, then try again with the answer; anything else is a failure. */
    private void retryWithReason(Throwable failure, String reasonGiven, String oldToNew, Consumer<String> retry,
                                 Consumer<EditOutcome> done) {
        if (failure instanceof ReasonRequiredException closed && reasonGiven.isBlank()) {
            // The store's sentence writes ISO dates (it serves the command line too); on screen, the shown style.
            String days = closed.closedDates().stream().map(org.loopwatch.domain.text.DateStyle::date)
                    .collect(java.util.stream.Collectors.joining(", "));
            Optional<String> why = services.dialogs().askReason(TEXT.get("reason.title"),
                    TEXT.format(closed.closedDates().size() == 1 ? "reason.closedDay" : "reason.closedDays", days)
                            + "\n\n" + TEXT.format("reason.change", oldToNew));
            why.ifPresentOrElse(retry, () -> done.accept(new EditOutcome.Cancelled()));
        } else {
            fail(TEXT.get("notSaved.title"), failure, done);
        }
    }

    private void succeed(SavedChange change, Consumer<EditOutcome> done) {
        services.changes().resultChanged(change.key(), change.after());
        done.accept(new EditOutcome.Saved(change));
    }

    private void fail(String title, Throwable failure, Consumer<EditOutcome> done) {
        String message = failure instanceof StoreException || failure instanceof ChangeRefusedException
                || failure instanceof UndoOutdatedException
                ? failure.getMessage()
                : TEXT.format("unexpected", String.valueOf(failure));
        services.dialogs().showError(title, message, TEXT.get("failed.todo"));
        done.accept(new EditOutcome.Failed(message));
    }

    /** The day of an undo is closed and the person has not said why yet. */
    private static final class UndoNeedsReasonException extends RuntimeException {
        UndoNeedsReasonException() {
            super("a closed day needs a reason", null, false, false);
        }
    }

    /** The row changed since the change that undo would revert. */
    private static final class UndoOutdatedException extends RuntimeException {
        UndoOutdatedException(String message) {
            super(message);
        }
    }
}
