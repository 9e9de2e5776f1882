package org.loopwatch.ui.dashboard;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.loopwatch.domain.ResultKey;
import org.loopwatch.domain.text.DateStyle;
import org.loopwatch.domain.text.Texts;
import org.loopwatch.store.AlertAcknowledgement;
import org.loopwatch.store.ChangeRefusedException;
import org.loopwatch.store.StoreException;
import org.loopwatch.ui.AppServices;

/**
 * The dashboard's alert list (issue 21): every alert of the period in the groups and stages shown,
 * newest first, each with its explanation and whether, when, by whom and with what note it was
 * acknowledged. Acknowledging needs a note; it is written (and audited) by the store on the
 * background thread, and every screen is then told. Acknowledged alerts stay in the list, marked
 * as such.
 */
public final class AlertListViewModel {

    private static final Texts TEXT = Texts.of(AlertListViewModel.class);

    /** One line of the list. */
    public record Row(ResultKey cell, String explanation, Optional<AlertAcknowledgement> acknowledgement) {

        public boolean acknowledged() {
            return acknowledgement.isPresent();
        }
    }

    private final AppServices services;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObjectProperty<Row> selected = new SimpleObjectProperty<>();
    private final StringProperty note = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper(TEXT.get("alerts.none"));
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final BooleanBinding canAcknowledge;
    private List<AlertItem> items = List.of();
    /*
     * The acknowledgements as last read, and whether they may have changed since: any change but
     * one of results only (a save here, other desks' saves) may have acknowledged, as may this
     * list's own acknowledging. Eight desks saving flat out refreshed this list on every save, each
     * time with a read through the desk's session queued ahead of the dashboard's (decision 0056).
     */
    private Map<ResultKey, AlertAcknowledgement> acknowledged = Map.of();
    private boolean acknowledgementsOutdated = true;
    private final ChangeListener<Number> onDataChanged = (observable, before, now) -> dataChanged();

    AlertListViewModel(AppServices services, ReadOnlyObjectProperty<DashboardSnapshot> snapshot) {
        this.services = services;
        canAcknowledge = Bindings.createBooleanBinding(() -> selected.get() != null && !note.get().isBlank()
                && !busy.get(), selected, note, busy);
        // A change is told at once; the snapshot it leads to comes after a read, so is shown after this marked it.
        services.changes().versionProperty().addListener(new WeakChangeListener<>(onDataChanged));
        snapshot.addListener((observable, before, now) -> show(now));
        show(snapshot.get());
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    /** The alert chosen in the list, to acknowledge. */
    public ObjectProperty<Row> selectedProperty() {
        return selected;
    }

    /** The note to acknowledge the chosen alert with. */
    public StringProperty noteProperty() {
        return note;
    }

    /** "Alerts in the period: 2 not acknowledged, 1 acknowledged", or that there are none. */
    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    /** What the last acknowledgement did, or why it was refused. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public BooleanBinding canAcknowledgeProperty() {
        return canAcknowledge;
    }

    /**
     * "Acknowledged 22 Jan 2022 09:15 (Asia/Shanghai, UTC+08:00) by ann (desk-3): note", the time
     * in this desk's zone and saying which (desks of a team may be in different zones), or "Not
     * acknowledged yet".
     */
    public String status(Row row) {
        return row.acknowledgement().map(ack -> TEXT.format("alerts.acknowledged",
                DateStyle.dateTime(ack.at(), zone()), DateStyle.zone(zone(), ack.at()), ack.by(), ack.desk(),
                ack.note()))
                .orElse(TEXT.get("alerts.open"));
    }

    /** Acknowledges the chosen alert with the note (again, to change its note). */
    public void acknowledge() {
        Row row = selected.get();
        if (row == null) {
            message.set(TEXT.get("alerts.chooseFirst"));
            return;
        }
        if (note.get().isBlank()) {
            message.set(TEXT.get("alerts.needsNote"));
            return;
        }
        String text = note.get();
        busy.set(true);
        services.tasks().run(() -> services.database().alerts().acknowledge(row.cell(), text), done -> {
            busy.set(false);
            note.set("");
            message.set(TEXT.format("alerts.done", done.note()));
            services.changes().changed(); // reads the acknowledgements again, here too (dataChanged)
        }, failure -> {
            busy.set(false);
            message.set(failure instanceof StoreException || failure instanceof ChangeRefusedException
                    ? failure.getMessage() : TEXT.format("alerts.failed", String.valueOf(failure.getMessage())));
        });
    }

    private void show(DashboardSnapshot snapshot) {
        items = snapshot == null ? List.of() : snapshot.alerts();
        if (acknowledgementsOutdated && !items.isEmpty()) {
            refresh();
        } else {
            fill(items, acknowledged); // no alert, or none acknowledged since the last read
        }
    }

    /*
     * Read at once, not with the next figures: a change that leaves the figures as they were (an
     * acknowledgement) brings no new snapshot, as an equal one is not told to listeners.
     */
    private void dataChanged() {
        if (services.changes().lastChangeOnlyResults()) {
            return;
        }
        if (items.isEmpty()) {
            acknowledgementsOutdated = true; // read when an alert is next shown (show)
        } else {
            refresh();
        }
    }

    private void refresh() {
        acknowledgementsOutdated = false;
        // Filled with the list shown when the read is done: a list shown meanwhile from the
        // acknowledgements before is not put back by this older one.
        services.tasks().run(() -> services.database().alerts().findAll(), read -> {
            acknowledged = read;
            fill(items, read);
        }, failure -> {
            acknowledgementsOutdated = true;
            message.set(failure.getMessage());
        });
    }

    private void fill(List<AlertItem> shown, Map<ResultKey, AlertAcknowledgement> acknowledged) {
        ResultKey chosen = selected.get() == null ? null : selected.get().cell();
        List<Row> now = new ArrayList<>();
        shown.forEach(item -> now.add(new Row(item.cell(), item.explanation(),
                Optional.ofNullable(acknowledged.get(item.cell())))));
        // Most saves leave the list as it was: a list told of new rows lays the whole dashboard out again.
        if (!rows.equals(now)) {
            rows.setAll(now);
        }
        selected.set(rows.stream().filter(row -> row.cell().equals(chosen)).findFirst().orElse(null));
        long done = now.stream().filter(Row::acknowledged).count();
        heading.set(now.isEmpty() ? TEXT.get("alerts.none")
                : TEXT.format("alerts.heading", Long.toString(now.size() - done), Long.toString(done)));
    }

    private ZoneId zone() {
        return services.clock().getZone();
    }
}
