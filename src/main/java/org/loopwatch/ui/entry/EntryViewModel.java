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
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.loopwatch.domain.DailyResult;
import org.loopwatch.domain.DailyResultValidator;
import org.loopwatch.domain.Group;
import org.loopwatch.domain.RateFormat;
import org.loopwatch.domain.RawEntry;
import org.loopwatch.domain.Stage;
import org.loopwatch.domain.ValidationProblem;
import org.loopwatch.domain.ValidationResult;
import org.loopwatch.ui.AppServices;
import org.loopwatch.ui.DateTexts;
import org.loopwatch.ui.TeamAccess;
import org.loopwatch.ui.TypedDigits;
import org.loopwatch.ui.results.EditOutcome;
import org.loopwatch.ui.results.ResultEditor;
import org.loopwatch.ui.results.ResultText;
import org.loopwatch.ui.results.SavedChange;

/**
 * The daily entry form: what is typed, whether it may be saved, the grid of the chosen day, and
 * save, undo and close day (the day's reading, undo and closing each in a class of its own:
 * {@link ChosenDay}, {@link LastSaveUndo}, {@link DayClosing}). Keyboard-first: after a save the
 * form moves to the next missing group and stage of the day and asks the view to focus tests. Used
 * on the FX thread only; all database work goes through the background thread.
 */
public final class EntryViewModel {

    private static final org.loopwatch.domain.text.Texts TEXT = org.loopwatch.domain.text.Texts.of(EntryViewModel.class);

    private final AppServices services;
    private final ChosenDay day;
    private final ResultEditor editor;
    private final DayClosing closing;
    private final LastSaveUndo undoing;

    private final StringProperty dateText = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<LocalDate> date = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<Group> group = new SimpleObjectProperty<>();
    private final ObjectProperty<Stage> stage = new SimpleObjectProperty<>(Stage.ARRIVAL);
    private final StringProperty tests = new SimpleStringProperty("");
    private final StringProperty positives = new SimpleStringProperty("");
    private final StringProperty note = new SimpleStringProperty("");
    private final BooleanProperty warningsConfirmed = new SimpleBooleanProperty(false);

    private final ObservableList<Stage> stages = FXCollections.observableArrayList(Stage.values());
    private final ReadOnlyObjectWrapper<ValidationResult> validation = new ReadOnlyObjectWrapper<>();
    private final ShownProblems shownProblems = new ShownProblems();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyIntegerWrapper focusTestsRequests = new ReadOnlyIntegerWrapper(0);
    private final BooleanBinding canSave;
    /* The last real date chosen, so a half-typed date in between does not count as a change of day. */
    private LocalDate lastDay;

    public EntryViewModel(AppServices services) {
        this.services = services;
        this.day = new ChosenDay(services, date.getReadOnlyProperty(), group, this::dayRead, status::set);
        this.editor = new ResultEditor(services, id -> day.reference().groupName(id));
        this.closing = new DayClosing(services);
        this.undoing = new LastSaveUndo(editor, id -> day.reference().groupName(id));
        dateText.addListener((observable, before, after) -> dateTyped(after));
        group.addListener((observable, before, after) -> validate());
        stage.addListener((observable, before, after) -> validate());
        tests.addListener((observable, before, after) -> validate());
        positives.addListener((observable, before, after) -> validate());
        note.addListener((observable, before, after) -> validate());
        warningsConfirmed.addListener((observable, before, after) -> validate());
        canSave = Bindings.createBooleanBinding(() -> saveAllowed() && services.team().may(TeamAccess.Work.RESULTS), validation, warningsConfirmed, saving,
                day.loadedProperty());
        services.changes().versionProperty().addListener((observable, before, after) -> day.reload());
        dateText.set(DateTexts.shown(today())); // read by start(), which loads the day
        validate();
    }

    /** Reads the groups, the event and the chosen day; call once the view is shown. */
    public void start() {
        day.reload();
    }

    // --- form --------------------------------------------------------------------------------

    public StringProperty dateTextProperty() {
        return dateText;
    }

    /** The typed date when it is a real date, else null. */
    public ReadOnlyObjectProperty<LocalDate> dateProperty() {
        return date.getReadOnlyProperty();
    }

    public ObjectProperty<Group> groupProperty() {
        return group;
    }

    public ObjectProperty<Stage> stageProperty() {
        return stage;
    }

    public StringProperty testsProperty() {
        return tests;
    }

    public StringProperty positivesProperty() {
        return positives;
    }

    public StringProperty noteProperty() {
        return note;
    }

    /** The person checked the warnings and wants to save anyway. */
    public BooleanProperty warningsConfirmedProperty() {
        return warningsConfirmed;
    }

    public ObservableList<Group> activeGroups() {
        return day.activeGroups();
    }

    public ObservableList<Stage> stages() {
        return stages;
    }

    public ReadOnlyObjectProperty<ValidationResult> validationProperty() {
        return validation.getReadOnlyProperty();
    }

    /** The problems to show now, errors first; blank numbers only after a save was tried. */
    public ObservableList<ValidationProblem> shownProblems() {
        return shownProblems.list();
    }

    /** The shown problems of one field, for its decoration. */
    public List<ValidationProblem> shownProblems(String field) {
        return shownProblems.of(field);
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
        LocalDate chosen = date.get();
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
        DailyResult row = validation.get().result().orElseThrow();
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

    // --- internals ---------------------------------------------------------------------------

    private LocalDate today() {
        return LocalDate.now(services.clock());
    }

    /*
     * A date typed as shown ("3 Dec 2026"), ISO or in full-width digits. Another day's values and
     * messages are stale on this one: they go, and the form starts on the new day's first missing cell.
     */
    private void dateTyped(String text) {
        LocalDate parsed = DateTexts.parse(text).orElse(null);
        if (parsed == null ? date.get() != null : !parsed.equals(date.get())) {
            date.set(parsed);
            if (parsed != null && !parsed.equals(lastDay)) {
                if (lastDay != null) {
                    fill(Optional.empty());
                    status.set("");
                }
                lastDay = parsed;
            }
            day.dateChanged();
        }
        validate();
    }

    /** Alt+Left / Alt+Right: the day before or after the chosen one (today when none is chosen). */
    public void stepDays(int days) {
        LocalDate from = date.get() != null ? date.get() : lastDay != null ? lastDay : today();
        dateText.set(DateTexts.shown(from.plusDays(days)));
    }

    /* A day was read: unless the person is typing, the form moves to its first missing cell. */
    private void dayRead(boolean again) {
        if ((!again || group.get() == null) && tests.get().isBlank() && positives.get().isBlank()) {
            DayCells.firstMissing(day.cells()).ifPresent(this::choose);
        }
        if (group.get() == null && !day.activeGroups().isEmpty()) {
            group.set(day.activeGroups().getFirst());
        }
        validate();
    }

    private void moveToNextMissing() {
        DayCells.nextMissingAfter(day.cells(), group.get(), stage.get()).ifPresentOrElse(this::choose, () -> {
            fill(Optional.empty());
            status.set(status.get() + " " + TEXT.format("status.dayComplete", DateTexts.shown(date.get())));
        });
        focusTestsRequests.set(focusTestsRequests.get() + 1);
    }

    private void choose(DayCell cell) {
        group.set(cell.group());
        stage.set(cell.stage());
        fill(Optional.empty());
    }

    /* The undone cell, when it is on the chosen day, goes back into the form with what it holds now. */
    private void showUndone(SavedChange undone) {
        if (undone.key().date().equals(date.get())) {
            day.cells().stream().filter(cell -> cell.group().id() == undone.key().groupId()
                    && cell.stage() == undone.key().stage()).findFirst().ifPresent(this::show);
        }
    }

    private void show(DayCell cell) {
        group.set(cell.group());
        stage.set(cell.stage());
        fill(cell.result());
        focusTestsRequests.set(focusTestsRequests.get() + 1);
    }

    private void fill(Optional<DailyResult> row) {
        shownProblems.flagBlanks(false);
        tests.set(row.map(each -> Long.toString(each.tests())).orElse(""));
        positives.set(row.map(each -> Long.toString(each.positives())).orElse(""));
        note.set(row.map(DailyResult::note).orElse(""));
        warningsConfirmed.set(false);
        validate();
    }

    private void validate() {
        // The validator reads ISO dates and ASCII digits; the form also takes what people type.
        String isoDate = date.get() != null ? date.get().toString() : dateText.get();
        RawEntry raw = new RawEntry(isoDate, group.get() == null ? null : group.get().name(),
                stage.get() == null ? null : stage.get().code(), TypedDigits.toAscii(tests.get()),
                TypedDigits.toAscii(positives.get()), note.get());
        ValidationResult result = DailyResultValidator.validate(raw,
                day.reference().context(today(), day.recentTests()));
        ValidationResult before = validation.get();
        if (before != null && !before.warnings().equals(result.warnings())) {
            warningsConfirmed.set(false); // a new warning needs its own confirmation
        }
        validation.set(result);
        shownProblems.show(result, raw);
    }

    private boolean saveAllowed() {
        ValidationResult result = validation.get();
        return result != null && result.isValid() && (!result.hasWarnings() || warningsConfirmed.get())
                && !saving.get() && day.loadedProperty().get();
    }

    private void explainWhyNotSaved() {
        ValidationResult result = validation.get();
        shownProblems.flagBlanks(true);
        validate();
        if (result != null && result.isValid() && result.hasWarnings() && !warningsConfirmed.get()) {
            status.set(TEXT.get("status.checkWarning"));
        } else if (!day.loadedProperty().get() && date.get() != null) {
            status.set(TEXT.format("status.stillReading", DateTexts.shown(date.get())));
        } else {
            status.set(TEXT.get("status.fixProblems"));
        }
    }
}
