package org.loopwatch.ui.results;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.LongFunction;
import org.loopwatch.domain.DailyResult;
import org.loopwatch.domain.text.Texts;
import org.loopwatch.store.ChangeRefusedException;
import org.loopwatch.store.Database;
import org.loopwatch.store.DuplicateEntryException;
import org.loopwatch.store.ReasonRequiredException;
import org.loopwatch.store.StoreException;
import org.loopwatch.ui.AppServices;

/**
 * The one path by which screens change daily results: the entry form and the data table both
 * use it, so the replace rule, the closed-day reason and the error handling are the same
 * everywhere. The store writes the audit rows; this class asks the person what the store needs
 * (replace or cancel, a reason) and retries.
 *
 * <p>Writes run on the background thread; outcomes and dialogs happen on the FX thread. After
 * every committed write it calls {@code changes().resultChanged(…)} with the row as it is now.
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
        insert(row, "", done);
    }

    /** Replaces the stored row with the same key, e.g. after an edit in the data table. */
    public void change(DailyResult row, Consumer<EditOutcome> done) {
        replace(row, Optional.empty(), "", done);
    }

    /** Deletes a row after the person confirms, so its cell reads "not reported" again. */
    public void delete(DailyResult row, Consumer<EditOutcome> done) {
        boolean sure = services.dialogs().confirmDestructive("Delete this entry?",
                ResultText.key(row.key(), groupNames) + ": " + ResultText.values(row) + ".\n\n"
                        + "Deleting makes the day read \"not reported\" for this group and stage. "
                        + "The deleted values stay in the audit log.", "Delete", "Cancel");
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
        String reason = "Undo of " + change.kind().name().toLowerCase(java.util.Locale.ROOT) + " of "
                + ResultText.key(change.key(), groupNames)
                + change.after().or(change::before).map(row -> ": " + ResultText.values(row)).orElse("")
                + (personsReason.isBlank() ? "" : " – " + personsReason);
        Database database = services.database();
        services.tasks().run(() -> {
            Optional<DailyResult> stored = database.results().find(change.key());
            if (!stored.equals(change.after())) {
                throw new UndoOutdatedException(ResultText.key(change.key(), groupNames)
                        + " was changed again since, so undo would overwrite that change. Nothing was undone; "
                        + "edit the entry instead.");
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
                                ResultText.key(change.key(), groupNames), change.key().date(),
                                oldToNew(change.after(), change.before())))
                        .ifPresentOrElse(why -> undo(change, why, done), () -> done.accept(new EditOutcome.Cancelled()));
            } else {
                fail("Undo failed", failure, done);
            }
        });
    }

    /** "0 positives in 171 tests → missing": what a change does to one cell, for a reason dialog. */
    static String oldToNew(Optional<DailyResult> before, Optional<DailyResult> after) {
        return before.map(ResultText::values).orElse(TEXT.get("value.missing")) + " → "
                + after.map(ResultText::values).orElse(TEXT.get("value.missing"));
    }

    private void insert(DailyResult row, String reason, Consumer<EditOutcome> done) {
        services.tasks().run(() -> services.database().results().insert(row, reason),
                inserted -> succeed(SavedChange.inserted(inserted), done),
                failure -> {
                    if (failure instanceof DuplicateEntryException duplicate) {
                        askToReplace(duplicate.existing(), row, reason, done);
                    } else {
                        retryWithReason(failure, reason, oldToNew(Optional.empty(), Optional.of(row)),
                                why -> insert(row, why, done), done);
                    }
                });
    }

    private void askToReplace(DailyResult stored, DailyResult row, String reason, Consumer<EditOutcome> done) {
        boolean replace = services.dialogs().confirmDestructive("Replace the existing entry?",
                ResultText.key(row.key(), groupNames) + " has an entry already.\n\n"
                        + "Stored:  " + ResultText.values(stored) + "\n"
                        + "New:       " + ResultText.values(row) + "\n\n"
                        + "Replace the stored values with the new ones? The audit log keeps both.",
                "Replace", "Cancel");
        if (replace) {
            replace(row, Optional.of(stored), reason, done);
        } else {
            done.accept(new EditOutcome.Cancelled());
        }
    }

    private void replace(DailyResult row, Optional<DailyResult> stored, String reason, Consumer<EditOutcome> done) {
        // The stored values, read on the background thread, for the reason dialog's "old → new".
        java.util.concurrent.atomic.AtomicReference<Optional<DailyResult>> known = new java.util.concurrent.atomic.AtomicReference<>(stored);
        services.tasks().run(() -> {
                    if (known.get().isEmpty()) {
                        known.set(services.database().results().find(row.key()));
                    }
                    return services.database().results().replace(row, reason);
                },
                old -> succeed(SavedChange.replaced(old, row), done),
                failure -> retryWithReason(failure, reason, oldToNew(known.get(), Optional.of(row)),
                        why -> replace(row, known.get(), why, done), done));
    }

    private void remove(DailyResult row, String reason, Consumer<EditOutcome> done) {
        services.tasks().run(() -> services.database().results().delete(row.key(), reason),
                old -> succeed(SavedChange.deleted(old), done),
                failure -> retryWithReason(failure, reason, oldToNew(Optional.of(row), Optional.empty()),
                        why -> remove(row, why, done), done));
    }

    /* A closed day: ask why once, then try again with the answer; anything else is a failure. */
    private void retryWithReason(Throwable failure, String reasonGiven, String oldToNew, Consumer<String> retry,
                                 Consumer<EditOutcome> done) {
        if (failure instanceof ReasonRequiredException closed && reasonGiven.isBlank()) {
            Optional<String> why = services.dialogs().askReason("Change a closed day?",
                    closed.getMessage() + "\n\n" + TEXT.format("reason.change", oldToNew));
            why.ifPresentOrElse(retry, () -> done.accept(new EditOutcome.Cancelled()));
        } else {
            fail("The change was not saved", failure, done);
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
                : "Unexpected error (" + failure + "); nothing was saved.";
        services.dialogs().showError(title, message, "Nothing was changed. Whatever you typed is still there: "
                + "fix the problem and try again.");
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
