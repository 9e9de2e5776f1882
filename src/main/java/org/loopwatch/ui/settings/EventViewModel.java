package org.loopwatch.ui.settings;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.loopwatch.store.Event;
import org.loopwatch.store.EventRepository;
import org.loopwatch.store.KeyDate;

/**
 * The event section: name, loop start, optional loop end, and the key dates drawn as markers on
 * the charts. The event form saves on request; key dates are added and removed one at a time.
 */
public final class EventViewModel {

    private static final org.loopwatch.domain.text.Texts TEXT = org.loopwatch.domain.text.Texts.of(EventViewModel.class);

    private final SectionWork work;
    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> loopStart = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> loopEnd = new SimpleObjectProperty<>();
    private final ObjectProperty<Optional<Event>> saved = new SimpleObjectProperty<>(Optional.empty());
    private final ObservableList<KeyDate> keyDates = FXCollections.observableArrayList();
    private final ObjectProperty<KeyDate> selectedKeyDate = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> keyDateDay = new SimpleObjectProperty<>();
    private final StringProperty keyDateLabel = new SimpleStringProperty("");
    private final StringBinding eventProblem;
    private final StringBinding keyDateProblem;
    private final BooleanBinding dirty;
    private final BooleanBinding canSaveEvent;
    private final BooleanBinding canAddKeyDate;
    private final BooleanBinding canRemoveKeyDate;

    EventViewModel(SectionWork work) {
        this.work = work;
        BooleanBinding idle = work.busyProperty().not();
        eventProblem = Bindings.createStringBinding(this::currentEventProblem, name, loopStart, loopEnd);
        keyDateProblem = Bindings.createStringBinding(this::currentKeyDateProblem, keyDateDay, keyDateLabel);
        dirty = Bindings.createBooleanBinding(this::formDiffersFromSaved, name, loopStart, loopEnd, saved);
        canSaveEvent = eventProblem.isEmpty().and(dirty).and(idle);
        canAddKeyDate = keyDateProblem.isEmpty().and(idle);
        canRemoveKeyDate = selectedKeyDate.isNotNull().and(idle);
    }

    public SectionWork work() {
        return work;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<LocalDate> loopStartProperty() {
        return loopStart;
    }

    /** The loop's last day; null while not known. */
    public ObjectProperty<LocalDate> loopEndProperty() {
        return loopEnd;
    }

    public ObservableList<KeyDate> keyDates() {
        return keyDates;
    }

    public ObjectProperty<KeyDate> selectedKeyDateProperty() {
        return selectedKeyDate;
    }

    /** The day of the key date being added. */
    public ObjectProperty<LocalDate> keyDateDayProperty() {
        return keyDateDay;
    }

    public StringProperty keyDateLabelProperty() {
        return keyDateLabel;
    }

    /** What keeps the event from being saved, as a sentence; empty when it can be saved. */
    public StringBinding eventProblemProperty() {
        return eventProblem;
    }

    /** What keeps the key date from being added; empty when it can be added. */
    public StringBinding keyDateProblemProperty() {
        return keyDateProblem;
    }

    /** True when the form differs from the saved event. */
    public BooleanBinding dirtyProperty() {
        return dirty;
    }

    public BooleanBinding canSaveEventProperty() {
        return canSaveEvent;
    }

    public BooleanBinding canAddKeyDateProperty() {
        return canAddKeyDate;
    }

    public BooleanBinding canRemoveKeyDateProperty() {
        return canRemoveKeyDate;
    }

    /** Reads the event and key dates; a form with unsaved typing keeps it. */
    public void load() {
        EventRepository repository = work.services().database().event();
        work.read(() -> new Loaded(repository.find(), repository.keyDates()), loaded -> {
            boolean keepTyping = dirty.get();
            saved.set(loaded.event());
            if (!keepTyping) {
                fillForm(loaded.event());
            }
            showKeyDates(loaded.keyDates(), selectedId());
        });
    }

    public void saveEvent() {
        String whatIsWrong = currentEventProblem();
        if (!whatIsWrong.isEmpty()) {
            work.refuse(whatIsWrong);
            return;
        }
        Event event = new Event(name.get(), loopStart.get(), Optional.ofNullable(loopEnd.get()));
        EventRepository repository = work.services().database().event();
        work.write(() -> {
            repository.save(event);
            return repository.find();
        }, stored -> {
            saved.set(stored);
            fillForm(stored);
        }, stored -> TEXT.format("event.saved", event.name()));
    }

    /** Resets the form to the saved event. */
    public void revertEvent() {
        fillForm(saved.get());
        work.clearMessage();
    }

    public void addKeyDate() {
        String whatIsWrong = currentKeyDateProblem();
        if (!whatIsWrong.isEmpty()) {
            work.refuse(whatIsWrong);
            return;
        }
        LocalDate day = keyDateDay.get();
        String label = keyDateLabel.get().strip();
        EventRepository repository = work.services().database().event();
        work.write(() -> {
            KeyDate added = repository.addKeyDate(day, label);
            return new KeyDates(added.id(), repository.keyDates());
        }, stored -> {
            keyDateDay.set(null);
            keyDateLabel.set("");
            showKeyDates(stored.all(), stored.selectId());
        }, stored -> TEXT.format("keyDates.added", String.valueOf(day), label));
    }

    public void removeKeyDate() {
        KeyDate keyDate = selectedKeyDate.get();
        if (keyDate == null) {
            work.refuse(TEXT.get("keyDates.chooseToRemove"));
            return;
        }
        EventRepository repository = work.services().database().event();
        work.write(() -> {
            repository.removeKeyDate(keyDate.id());
            return new KeyDates(-1, repository.keyDates());
        }, stored -> showKeyDates(stored.all(), -1),
                stored -> TEXT.format("keyDates.removed", String.valueOf(keyDate.date()), keyDate.label()));
    }

    private void fillForm(Optional<Event> event) {
        name.set(event.map(Event::name).orElse(""));
        loopStart.set(event.map(Event::loopStart).orElse(null));
        loopEnd.set(event.flatMap(Event::loopEnd).orElse(null));
    }

    private void showKeyDates(List<KeyDate> all, long selectId) {
        keyDates.setAll(all);
        selectedKeyDate.set(all.stream().filter(keyDate -> keyDate.id() == selectId).findFirst().orElse(null));
    }

    private long selectedId() {
        KeyDate current = selectedKeyDate.get();
        return current == null ? -1 : current.id();
    }

    /** True when what the form shows is not what is stored (also while it is incomplete). */
    private boolean formDiffersFromSaved() {
        Optional<Event> stored = saved.get();
        String typedName = name.get() == null ? "" : name.get().strip();
        return !typedName.equals(stored.map(Event::name).orElse(""))
                || !Objects.equals(loopStart.get(), stored.map(Event::loopStart).orElse(null))
                || !Objects.equals(loopEnd.get(), stored.flatMap(Event::loopEnd).orElse(null));
    }

    private String currentEventProblem() {
        if (name.get() == null || name.get().isBlank()) {
            return TEXT.get("event.needName");
        }
        if (loopStart.get() == null) {
            return TEXT.get("event.needStart");
        }
        if (loopEnd.get() != null && loopEnd.get().isBefore(loopStart.get())) {
            return TEXT.format("event.endBeforeStart", String.valueOf(loopEnd.get()), String.valueOf(loopStart.get()));
        }
        return "";
    }

    private String currentKeyDateProblem() {
        if (keyDateDay.get() == null) {
            return TEXT.get("keyDates.needDay");
        }
        if (keyDateLabel.get() == null || keyDateLabel.get().isBlank()) {
            return TEXT.get("keyDates.needLabel");
        }
        return "";
    }

    private record Loaded(Optional<Event> event, List<KeyDate> keyDates) {
    }

    private record KeyDates(long selectId, List<KeyDate> all) {
    }
}
