package org.loopwatch.ui.entry;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.LongFunction;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.loopwatch.domain.RateFormat;
import org.loopwatch.ui.results.EditOutcome;
import org.loopwatch.ui.results.ResultEditor;
import org.loopwatch.ui.results.ResultText;
import org.loopwatch.ui.results.SavedChange;

/**
 * The entry form's undo (Ctrl+Z): remembers the form's last save and reverts it through the
 * shared editor, which refuses when the row changed again since and audits the undo as a change
 * of its own. Only a successful undo forgets the save, so a failed one can be tried again. Used on
 * the FX thread only.
 */
final class LastSaveUndo {

    private static final org.loopwatch.domain.text.Texts TEXT = org.loopwatch.domain.text.Texts.of(LastSaveUndo.class);

    /**
     * How an undo ended.
     *
     * @param status what to tell the person
     * @param undone the change the undo made; empty when nothing was undone
     */
    record Result(String status, Optional<SavedChange> undone) {
    }

    private final ResultEditor editor;
    private final LongFunction<String> groupNames;
    private final ReadOnlyObjectWrapper<SavedChange> lastSave = new ReadOnlyObjectWrapper<>();

    LastSaveUndo(ResultEditor editor, LongFunction<String> groupNames) {
        this.editor = editor;
        this.groupNames = groupNames;
    }

    /** The save an undo would revert; null when there is none (nothing saved yet, or undone already). */
    ReadOnlyObjectProperty<SavedChange> lastSaveProperty() {
        return lastSave.getReadOnlyProperty();
    }

    void remember(SavedChange saved) {
        lastSave.set(saved);
    }

    boolean canUndo() {
        return lastSave.get() != null;
    }

    /** Reverts the remembered save; {@code done} hears how it ended, on the FX thread. */
    void undo(Consumer<Result> done) {
        SavedChange change = lastSave.get();
        if (change == null) {
            throw new IllegalStateException("nothing to undo");
        }
        editor.undo(change, outcome -> done.accept(switch (outcome) {
            case EditOutcome.Saved undone -> {
                lastSave.set(null);
                String what = ResultText.key(change.key(), groupNames);
                yield new Result(undone.change().after()
                        .map(row -> TEXT.format("undo.done", what, RateFormat.counts(row.counts())))
                        .orElseGet(() -> TEXT.format("undo.doneMissing", what)), Optional.of(undone.change()));
            }
            case EditOutcome.Cancelled cancelled -> new Result(TEXT.get("undo.nothing"), Optional.empty());
            case EditOutcome.Failed failed -> new Result(TEXT.format("undo.failed", failed.message()), Optional.empty());
        }));
    }
}
