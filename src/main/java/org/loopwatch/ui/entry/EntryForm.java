package org.loopwatch.ui.entry;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import org.loopwatch.domain.DailyResult;
import org.loopwatch.domain.DailyResultValidator;
import org.loopwatch.domain.Group;
import org.loopwatch.domain.RawEntry;
import org.loopwatch.domain.Stage;
import org.loopwatch.domain.ValidationContext;
import org.loopwatch.domain.ValidationProblem;
import org.loopwatch.domain.ValidationResult;
import org.loopwatch.ui.DateTexts;
import org.loopwatch.ui.TypedDigits;

/**
 * The entry form's state: what is typed (date, group, stage, counts, note, warnings confirmed),
 * its validation on every change, and the problems shown. It knows nothing of saving or of the
 * database: {@link EntryViewModel} acts on it. Used on the FX thread only.
 */
final class EntryForm {

    private final Clock clock;
    private final Supplier<ValidationContext> context;
    private final Runnable dateChanged;
    private final Runnable otherDayStarted;

    private final StringProperty dateText = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<LocalDate> date = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<Group> group = new SimpleObjectProperty<>();
    private final ObjectProperty<Stage> stage = new SimpleObjectProperty<>(Stage.ARRIVAL);
    private final StringProperty tests = new SimpleStringProperty("");
    private final StringProperty positives = new SimpleStringProperty("");
    private final StringProperty note = new SimpleStringProperty("");
    private final BooleanProperty warningsConfirmed = new SimpleBooleanProperty(false);
    private final ReadOnlyObjectWrapper<ValidationResult> validation = new ReadOnlyObjectWrapper<>();
    private final ShownProblems shownProblems = new ShownProblems();
    /* The last real date chosen, so a half-typed date in between does not count as a change of day. */
    private LocalDate lastDay;

    /**
     * @param context         what the checks compare with (the groups, the days before), read at each check
     * @param dateChanged     hears that the typed date now names another date (or none)
     * @param otherDayStarted hears that the form was emptied for another day, so old messages go
     */
    EntryForm(Clock clock, Supplier<ValidationContext> context, Runnable dateChanged, Runnable otherDayStarted) {
        this.clock = clock;
        this.context = context;
        this.dateChanged = dateChanged;
        this.otherDayStarted = otherDayStarted;
        dateText.addListener((observable, before, after) -> dateTyped(after));
        group.addListener((observable, before, after) -> validate());
        stage.addListener((observable, before, after) -> validate());
        tests.addListener((observable, before, after) -> validate());
        positives.addListener((observable, before, after) -> validate());
        note.addListener((observable, before, after) -> validate());
        warningsConfirmed.addListener((observable, before, after) -> validate());
    }

    StringProperty dateTextProperty() {
        return dateText;
    }

    ReadOnlyObjectProperty<LocalDate> dateProperty() {
        return date.getReadOnlyProperty();
    }

    ObjectProperty<Group> groupProperty() {
        return group;
    }

    ObjectProperty<Stage> stageProperty() {
        return stage;
    }

    StringProperty testsProperty() {
        return tests;
    }

    StringProperty positivesProperty() {
        return positives;
    }

    StringProperty noteProperty() {
        return note;
    }

    BooleanProperty warningsConfirmedProperty() {
        return warningsConfirmed;
    }

    ReadOnlyObjectProperty<ValidationResult> validationProperty() {
        return validation.getReadOnlyProperty();
    }

    ObservableList<ValidationProblem> shownProblems() {
        return shownProblems.list();
    }

    List<ValidationProblem> shownProblems(String field) {
        return shownProblems.of(field);
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** True while nothing is typed into the counts, so the form may move to another cell. */
    boolean countsBlank() {
        return tests.get().isBlank() && positives.get().isBlank();
    }

    /** Valid, and any warning confirmed. */
    boolean readyToSave() {
        ValidationResult result = validation.get();
        return result != null && result.isValid() && (!result.hasWarnings() || warningsConfirmed.get());
    }

    /** Valid but for a warning the person has not confirmed yet. */
    boolean waitsForWarningConfirmation() {
        ValidationResult result = validation.get();
        return result != null && result.isValid() && result.hasWarnings() && !warningsConfirmed.get();
    }

    /** The day before or after the chosen one (today when none is chosen). */
    void stepDays(int days) {
        LocalDate from = date.get() != null ? date.get() : lastDay != null ? lastDay : today();
        dateText.set(DateTexts.shown(from.plusDays(days)));
    }

    /* A cell of the day, empty, ready for its numbers. */
    void choose(DayCell cell) {
        group.set(cell.group());
        stage.set(cell.stage());
        fill(Optional.empty());
    }

    /* A cell of the day with what it holds. */
    void show(DayCell cell) {
        group.set(cell.group());
        stage.set(cell.stage());
        fill(cell.result());
    }

    void fill(Optional<DailyResult> row) {
        shownProblems.flagBlanks(false);
        tests.set(row.map(each -> Long.toString(each.tests())).orElse(""));
        positives.set(row.map(each -> Long.toString(each.positives())).orElse(""));
        note.set(row.map(DailyResult::note).orElse(""));
        warningsConfirmed.set(false);
        validate();
    }

    /** After a save was tried: blank numbers count as problems too, and show. */
    void flagBlanks() {
        shownProblems.flagBlanks(true);
        validate();
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
                    otherDayStarted.run();
                }
                lastDay = parsed;
            }
            dateChanged.run();
        }
        validate();
    }

    void validate() {
        // The validator reads ISO dates and ASCII digits; the form also takes what people type.
        String isoDate = date.get() != null ? date.get().toString() : dateText.get();
        RawEntry raw = new RawEntry(isoDate, group.get() == null ? null : group.get().name(),
                stage.get() == null ? null : stage.get().code(), TypedDigits.toAscii(tests.get()),
                TypedDigits.toAscii(positives.get()), note.get());
        ValidationResult result = DailyResultValidator.validate(raw, context.get());
        ValidationResult before = validation.get();
        if (before != null && !before.warnings().equals(result.warnings())) {
            warningsConfirmed.set(false); // a new warning needs its own confirmation
        }
        validation.set(result);
        shownProblems.show(result, raw);
    }
}
