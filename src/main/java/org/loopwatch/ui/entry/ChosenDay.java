package org.loopwatch.ui.entry;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.value.ObservableObjectValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.loopwatch.domain.Group;
import org.loopwatch.domain.RecentTests;
import org.loopwatch.ui.AppServices;
import org.loopwatch.ui.results.EntryReference;
import org.loopwatch.ui.results.SavedChange;

/**
 * The day the entry form is on, as its grid shows it: the groups and the event (what the checks
 * compare with), the stored rows of the day and of the days before it, one cell per active group
 * and stage, and whether the day is closed. Read on the background thread; a read of a day the
 * person has typed past is dropped. Used on the FX thread only.
 */
final class ChosenDay {

    private static final org.loopwatch.domain.text.Texts TEXT = org.loopwatch.domain.text.Texts.of(ChosenDay.class);

    private final AppServices services;
    private final ObservableObjectValue<LocalDate> date;
    private final ObjectProperty<Group> chosenGroup;
    private final Consumer<Boolean> dayRead;
    private final Consumer<String> failed;

    private final ObservableList<Group> activeGroups = FXCollections.observableArrayList();
    private final ObservableList<DayCell> cells = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper closed = new ReadOnlyBooleanWrapper(false);
    private EntryReference reference = EntryReference.EMPTY;
    private Optional<DayData> day = Optional.empty();

    /**
     * @param date        the form's date; null while what is typed is not a date
     * @param chosenGroup the form's group, kept across a reload while it is still active
     * @param dayRead     hears that the day was read: true when it is the day read before (a reload)
     * @param failed      hears what could not be read and why
     */
    ChosenDay(AppServices services, ObservableObjectValue<LocalDate> date, ObjectProperty<Group> chosenGroup,
              Consumer<Boolean> dayRead, Consumer<String> failed) {
        this.services = services;
        this.date = date;
        this.chosenGroup = chosenGroup;
        this.dayRead = dayRead;
        this.failed = failed;
    }

    EntryReference reference() {
        return reference;
    }

    ObservableList<Group> activeGroups() {
        return activeGroups;
    }

    /** Every active group × stage of the day, in form order. */
    ObservableList<DayCell> cells() {
        return cells;
    }

    /** Whether the rows of the date now chosen have been read (saving waits for them). */
    ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty closedProperty() {
        return closed.getReadOnlyProperty();
    }

    /** The tests of the days before the chosen one, for the "too large to be true" check. */
    RecentTests recentTests() {
        return day.filter(known -> known.date().equals(date.get())).map(DayData::recentTests).orElse(RecentTests.NONE);
    }

    /** Reads the groups and the event again, then the day. */
    void reload() {
        services.tasks().run(() -> EntryReference.load(services.database()), read -> {
            reference = read;
            Group chosen = chosenGroup.get(); // before the list changes, which may clear a bound choice
            activeGroups.setAll(read.activeGroups());
            chosenGroup.set(chosen == null ? null : read.activeGroups().stream()
                    .filter(each -> each.id() == chosen.id()).findFirst().orElse(null));
            readDay();
        }, failure -> failed.accept(TEXT.format("read.groupsFailed", failure.getMessage())));
    }

    /** Reads the day now chosen, once the groups are known (before that, {@link #reload()} will). */
    void dateChanged() {
        if (!reference.groups().isEmpty()) {
            readDay();
        }
    }

    /** Reads the day again, keeping the groups and event read before (read first if there are none yet). */
    void readDayAgain() {
        if (reference.groups().isEmpty()) {
            reload();
        } else {
            readDay();
        }
    }

    /** Shows a committed change without reading the day again. */
    void apply(SavedChange change) {
        day = day.map(known -> known.with(change.key(), change.after().orElse(null)));
        rebuildCells();
    }

    private void readDay() {
        LocalDate wanted = date.get();
        loaded.set(false);
        if (wanted == null) {
            day = Optional.empty();
            rebuildCells();
            return;
        }
        boolean again = day.map(known -> known.date().equals(wanted)).orElse(false);
        services.tasks().run(() -> DayData.load(services.database(), wanted), read -> {
            if (!read.date().equals(date.get())) {
                return; // the person typed on; a newer read is on its way
            }
            day = Optional.of(read);
            loaded.set(true);
            rebuildCells();
            dayRead.accept(again);
        }, failure -> failed.accept(TEXT.format("read.dayFailed", org.loopwatch.ui.DateTexts.shown(wanted), failure.getMessage())));
    }

    private void rebuildCells() {
        cells.setAll(DayCells.build(activeGroups, day.map(DayData::rowsOfTheDay).orElse(List.of())));
        closed.set(day.map(DayData::closed).orElse(false));
    }
}
