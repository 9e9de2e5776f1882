package org.loopwatch.ui.entry;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.loopwatch.domain.DailyResult;
import org.loopwatch.domain.Group;
import org.loopwatch.domain.RateFormat;
import org.loopwatch.domain.Stage;
import org.loopwatch.domain.ValidationContext;
import org.loopwatch.domain.ValidationProblem;
import org.loopwatch.domain.ValidationResult;
import org.loopwatch.ui.AppServices;
import org.loopwatch.ui.DateTexts;
import org.loopwatch.ui.RefreshWhileShown;
import org.loopwatch.ui.TeamAccess;
import org.loopwatch.ui.results.EditOutcome;
import org.loopwatch.ui.results.ResultEditor;
import org.loopwatch.ui.results.ResultText;
import org.loopwatch.ui.results.SavedChange;

/**
 * The daily entry screen: whether the form may be saved, and save, undo and close day with what
 * they tell the person. Each part is a class of its own that this one ties together: the form's
 * fields and validation {@link EntryForm}, the day's reading {@link ChosenDay}, undo
 * {@link LastSaveUndo}, closing and reopening {@link DayClosing}, a replaced row or a closed day's
 * reason the shared {@link ResultEditor}. Keyboard-first: after a save the form moves to the next
 * missing group and stage of the day and asks the view to focus tests. Used on the FX thread only;
 * all database work goes through the background thread.
 */
public final class EntryViewModel {

    private static final org.loopwatch.domain.text.Texts TEXT = org.loopwatch.domain.text.Texts.of(EntryViewModel.class);

    private final AppServices services;
    private final ChosenDay day;
    private final ResultEditor editor;
    private final DayClosing closing;
    private final LastSaveUndo undoing;

    private final EntryForm form;
    private final ObservableList<Stage> stages = FXCollections.observableArrayList(Stage.values());
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyIntegerWrapper focusTestsRequests = new ReadOnlyIntegerWrapper(0);
    private final BooleanBinding canSave;
    private final RefreshWhileShown whileShown = new RefreshWhileShown(this::readAgain);
    /* A change since the last read may have touched groups, event or settings, not results only. */
    private boolean groupsOutdated;

    public EntryViewModel(AppServices services) {
        this.services = services;
        this.form = new EntryForm(services.clock(), this::validationContext, this::dateChanged, () -> status.set(""));
        this.day = new ChosenDay(services, form.dateProperty(), form.groupProperty(), this::dayRead, status::set);
        this.editor = new ResultEditor(services, id -> day.reference().groupName(id));
        this.closing = new DayClosing(services);
        this.undoing = new LastSaveUndo(editor, id -> day.reference().groupName(id));
        canSave = Bindings.createBooleanBinding(() -> saveAllowed() && services.team().may(TeamAccess.Work.RESULTS),
                form.validationProperty(), form.warningsConfirmedProperty(), saving, day.loadedProperty());
        services.changes().versionProperty().addListener((observable, before, after) -> {
            groupsOutdated |= !services.changes().lastChangeOnlyResults();
            whileShown.changed();
        });
        form.dateTextProperty().set(DateTexts.shown(form.today())); // read by start(), which loads the day
        form.validate();
    }

    /** Reads the groups, the event and the chosen day; call once the view is shown. */
    public void start() {
        day.reload();
    }

    /** Tells the form whether it is shown: hidden, it reads the day again only once shown. */
    public void shown(boolean shown) {
        whileShown.shown(shown);
    }

    /*
     * After a change: the day's rows, and the groups and event only when something other than results
     * changed (a result's save, here or at another desk, leaves them as they were). A screen once
     * visited stays built, so before this a hidden form read groups, event and day after every other
     * desk's save, on the background thread the dashboard's refresh waits behind (decision 0059).
     */
    private void readAgain() {
        if (groupsOutdated) {
            groupsOutdated = false;
            day.reload();
        } else {
            day.readDayAgain();
        }
    }

    // --- form --------------------------------------------------------------------------------

    public StringProperty dateTextProperty() {
        return form.dateTextProperty();
    }

    /** The typed date when it is a real date, else null. */
    public ReadOnlyObjectProperty<LocalDate> dateProperty() {
        return form.dateProperty();
    }

    public ObjectProperty<Group> groupProperty() {
        return form.groupProperty();
    }

    public ObjectProperty<Stage> stageProperty() {
        return form.stageProperty();
    }

    public StringProperty testsProperty() {
        return form.testsProperty();
    }

    public StringProperty positivesProperty() {
        return form.positivesProperty();
    }

    public StringProperty noteProperty() {
        return form.noteProperty();
    }

    /** The person checked the warnings and wants to save anyway. */
    public BooleanProperty warningsConfirmedProperty() {
        return form.warningsConfirmedProperty();
    }

    public ObservableList<Group> activeGroups() {
        return day.activeGroups();
    }

    public ObservableList<Stage> stages() {
        return stages;
    }

    public ReadOnlyObjectProperty<ValidationResult> validationProperty() {
        return form.validationProperty();
    }

    /** The problems to show now, errors first; blank numbers only after a save was tried. */
    public ObservableList<ValidationProblem> shownProblems() {
        return form.shownProblems();
    }

    /** The shown problems of one field, for its decoration. */
    public List<ValidationProblem> shownProblems(String field) {
        return form.shownProblems(field);
    }

    public BooleanBinding canSaveProperty() {
        return canSave;
    }

    /** "Saving…", what was saved, or why not. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    /** Increases whenever the form wants the tests field focused (after a save or a grid click). */
    public ReadOnlyIntegerProperty focusTestsRequestsProperty() {
        return focusTestsRequests.getReadOnlyProperty();
    }

    // --- the day -----------------------------------------------------------------------------

    /** Every active group × stage of the chosen day, in form order. */
    public ObservableList<DayCell> cells() {
        return day.cells();
    }

    /** Whether the chosen day has been read (false while the groups and the day's rows are read). */
    public ReadOnlyBooleanProperty dayReadProperty() {
        return day.loadedProperty();
    }

    public ReadOnlyBooleanProperty dayClosedProperty() {
        return day.closedProperty();
    }

    /** Puts a grid cell into the form: its stored values, or empty fields when it is missing. */
    public void load(DayCell cell) {
        status.set(cell.isMissing() ? "" : TEXT.get("status.loaded"));
        show(cell);
    }

    /**
     * What this seat may not do here on a team database, naming the role it needs (an analyst
     * reads only; an entry clerk cannot close days); empty when it may do everything.
     */
    public Optional<String> roleNotice() {
        return services.team().refusal(TeamAccess.Work.RESULTS).or(() -> services.team().refusal(TeamAccess.Work.DAYS));
    }

    /** True when this seat may enter and change results (always on a database file). */
    public boolean mayEnter() {
        return services.team().may(TeamAccess.Work.RESULTS);
    }

    /** True when this seat may close and reopen days (always on a database file). */
    public boolean mayCloseDays() {
        return services.team().may(TeamAccess.Work.DAYS);
    }

    /** Closes the chosen day after the person confirms, or reopens a closed one with a reason. */
    public void toggleDayClosed() {
        LocalDate chosen = form.dateProperty().get();
        if (chosen == null || saving.get()) {
            return;
        }
        Optional<String> refused = services.team().refusal(TeamAccess.Work.DAYS);
        if (refused.isPresent()) {
            status.set(refused.get());
            return;
        }
        long missing = day.cells().stream().filter(DayCell::isMissing).count();
        closing.toggle(chosen, day.closedProperty().get(), missing, day.cells().size(), message -> status.set(message));
    }

    // --- save and undo -----------------------------------------------------------------------

    /** Saves the form (Enter or the Save button); on success moves on to the next missing cell. */
    public void save() {
        if (saving.get()) {
            return;
        }
        Optional<String> refused = services.team().refusal(TeamAccess.Work.RESULTS);
        if (refused.isPresent()) {
            status.set(refused.get());
            return;
        }
        if (!canSave.get()) {
            explainWhyNotSaved();
            return;
        }
        DailyResult row = form.validationProperty().get().result().orElseThrow();
        saving.set(true);
        status.set(TEXT.get("status.saving"));
        editor.add(row, outcome -> {
            saving.set(false);
            switch (outcome) {
                case EditOutcome.Saved saved -> {
                    undoing.remember(saved.change());
                    status.set(TEXT.format("status.saved", ResultText.key(row.key(), day.reference()::groupName),
                            RateFormat.counts(row.counts())));
                    day.apply(saved.change());
                    moveToNextMissing();
                }
                case EditOutcome.Cancelled cancelled -> status.set(TEXT.get("status.keptStored"));
                case EditOutcome.Failed failed -> status.set(TEXT.format("status.notSaved", failed.message()));
            }
        });
    }

    /** The save that Undo would revert; null when there is none. */
    public ReadOnlyObjectProperty<SavedChange> lastChangeProperty() {
        return undoing.lastSaveProperty();
    }

    /** Undoes the last save of this form (Ctrl+Z); itself recorded in the audit log. */
    public void undo() {
        if (!undoing.canUndo() || saving.get()) {
            return;
        }
        saving.set(true);
        status.set(TEXT.get("status.undoing"));
        undoing.undo(result -> {
            saving.set(false);
            result.undone().ifPresent(day::apply);
            status.set(result.status());
            result.undone().ifPresent(this::showUndone);
        });
    }

    /** Alt+Left / Alt+Right: the day before or after the chosen one (today when none is chosen). */
    public void stepDays(int days) {
        form.stepDays(days);
    }

    // --- internals ---------------------------------------------------------------------------

    private ValidationContext validationContext() {
        return day.reference().context(form.today(), day.recentTests());
    }

    private void dateChanged() {
        day.dateChanged();
    }

    /* A day was read: unless the person is typing, the form moves to its first missing cell. */
    private void dayRead(boolean again) {
        if ((!again || form.groupProperty().get() == null) && form.countsBlank()) {
            DayCells.firstMissing(day.cells()).ifPresent(form::choose);
        }
        if (form.groupProperty().get() == null && !day.activeGroups().isEmpty()) {
            form.groupProperty().set(day.activeGroups().getFirst());
        }
        form.validate();
    }

    private void moveToNextMissing() {
        DayCells.nextMissingAfter(day.cells(), form.groupProperty().get(), form.stageProperty().get())
                .ifPresentOrElse(form::choose, () -> {
                    form.fill(Optional.empty());
                    status.set(status.get() + " " + TEXT.format("status.dayComplete", DateTexts.shown(form.dateProperty().get())));
                });
        focusTestsRequests.set(focusTestsRequests.get() + 1);
    }

    /* The undone cell, when it is on the chosen day, goes back into the form with what it holds now. */
    private void showUndone(SavedChange undone) {
        if (undone.key().date().equals(form.dateProperty().get())) {
            day.cells().stream().filter(cell -> cell.group().id() == undone.key().groupId()
                    && cell.stage() == undone.key().stage()).findFirst().ifPresent(this::show);
        }
    }

    private void show(DayCell cell) {
        form.show(cell);
        focusTestsRequests.set(focusTestsRequests.get() + 1);
    }

    private boolean saveAllowed() {
        return form.readyToSave() && !saving.get() && day.loadedProperty().get();
    }

    private void explainWhyNotSaved() {
        boolean waitsForWarning = form.waitsForWarningConfirmation();
        form.flagBlanks();
        if (waitsForWarning) {
            status.set(TEXT.get("status.checkWarning"));
        } else if (!day.loadedProperty().get() && form.dateProperty().get() != null) {
            status.set(TEXT.format("status.stillReading", DateTexts.shown(form.dateProperty().get())));
        } else {
            status.set(TEXT.get("status.fixProblems"));
        }
    }
}
