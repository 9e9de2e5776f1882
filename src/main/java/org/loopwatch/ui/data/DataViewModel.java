package org.loopwatch.ui.data;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.loopwatch.domain.DailyResult;
import org.loopwatch.domain.DailyResultValidator;
import org.loopwatch.domain.Group;
import org.loopwatch.domain.RawEntry;
import org.loopwatch.domain.RecentTests;
import org.loopwatch.domain.ResultIndex;
import org.loopwatch.domain.Stage;
import org.loopwatch.domain.ValidationProblem;
import org.loopwatch.domain.ValidationResult;
import org.loopwatch.domain.RateFormat;
import org.loopwatch.domain.text.Texts;
import org.loopwatch.store.VersionedResult;
import org.loopwatch.ui.AppServices;
import org.loopwatch.ui.RefreshWhileShown;
import org.loopwatch.ui.TeamAccess;
import org.loopwatch.ui.results.EditOutcome;
import org.loopwatch.ui.results.EntryReference;
import org.loopwatch.ui.results.ResultEditor;
import org.loopwatch.ui.results.ResultText;

/**
 * The data screen: every stored entry, filtered by date range, group and stage, with edits and
 * deletes that take the entry screen's path (same validator, same {@link ResultEditor}). Only
 * stored rows are listed: a day without a row is "not reported", unlike a row with 0 tests.
 * Used on the FX thread only.
 */
public final class DataViewModel {

    private static final Texts TEXT = Texts.of(DataViewModel.class);

    /** The group and stage filter's "no filter" choices. */
    private final String allGroups = TEXT.get("filter.allGroups");
    private final String allStages = TEXT.get("filter.allStages");

    private final AppServices services;
    private final ResultEditor editor;
    private final ObservableList<DataRow> rows = FXCollections.observableArrayList();
    private final FilteredList<DataRow> shown = new FilteredList<>(rows);
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final StringProperty groupFilter = new SimpleStringProperty(allGroups);
    private final StringProperty stageFilter = new SimpleStringProperty(allStages);
    private final ObservableList<String> groupChoices = FXCollections.observableArrayList(allGroups);
    private final ObservableList<String> stageChoices = FXCollections.observableArrayList(allStages);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(TEXT.get("status.reading"));
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper totals = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private EntryReference reference = EntryReference.EMPTY;
    private RecentTests recentTests = RecentTests.NONE;
    private final RefreshWhileShown refresh = new RefreshWhileShown(this::reload);

    public DataViewModel(AppServices services) {
        this.services = services;
        this.editor = new ResultEditor(services, id -> reference.groupName(id));
        for (Stage stage : Stage.values()) {
            stageChoices.add(stage.label());
        }
        from.addListener((observable, before, after) -> applyFilter());
        to.addListener((observable, before, after) -> applyFilter());
        groupFilter.addListener((observable, before, after) -> applyFilter());
        stageFilter.addListener((observable, before, after) -> applyFilter());
        services.changes().versionProperty().addListener((observable, before, after) -> refresh.changed());
        services.team().refusal(TeamAccess.Work.RESULTS).ifPresent(message::set);
    }

    /** True when this seat may edit and delete entries (an analyst of a team database reads only). */
    public boolean editable() {
        return services.team().may(TeamAccess.Work.RESULTS);
    }

    /** Tells the screen whether it is shown: hidden, it reads the entries again only once shown. */
    public void shown(boolean shown) {
        refresh.shown(shown);
    }

    /** Reads every entry in the background; call once the view is shown. Repeats after every change. */
    public void reload() {
        busy.set(true);
        services.tasks().run(() -> new Loaded(EntryReference.load(services.database()),
                services.database().results().findAllVersioned(), services.database().days().findClosed().stream()
                        .map(org.loopwatch.store.DayClosure::date).collect(Collectors.toSet())), this::show, failure -> {
                    busy.set(false);
                    summary.set(TEXT.format("status.readFailed", failure.getMessage()));
                });
    }

    /** The entries that pass the filters (sort them in the view). */
    public ObservableList<DataRow> shownRows() {
        return shown;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    /** A group name, or the "all groups" choice. */
    public StringProperty groupFilterProperty() {
        return groupFilter;
    }

    /** A stage label, or the "all stages" choice. */
    public StringProperty stageFilterProperty() {
        return stageFilter;
    }

    public ObservableList<String> groupChoices() {
        return groupChoices;
    }

    public ObservableList<String> stageChoices() {
        return stageChoices;
    }

    public void clearFilters() {
        from.set(null);
        to.set(null);
        groupFilter.set(allGroups);
        stageFilter.set(allStages);
    }

    /** "Showing 12 of 340 entries". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** What the last edit or delete did, or why it was refused. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** True while reading or writing. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /**
     * Changes one field of a row, as typed in the table ({@code tests}, {@code positives} or
     * {@code note}). Checked like the entry form; warnings ask to confirm; a closed day asks for a
     * reason. A refused edit leaves the stored row as it was and the table shows it again.
     */
    public void edit(DataRow row, String field, String typed) {
        if (!editable()) {
            refreshRows();
            return;
        }
        DailyResult stored = row.result();
        RawEntry raw = new RawEntry(stored.date().toString(), row.group().name(), stored.stage().code(),
                ValidationProblem.TESTS.equals(field) ? typed : Long.toString(stored.tests()),
                ValidationProblem.POSITIVES.equals(field) ? typed : Long.toString(stored.positives()),
                ValidationProblem.NOTE.equals(field) ? typed : stored.note());
        ValidationResult checked = DailyResultValidator.validate(raw,
                reference.context(LocalDate.now(services.clock()), recentTests));
        if (!checked.isValid()) {
            message.set(TEXT.format("status.notChangedBecause", checked.errors().stream().map(ValidationProblem::message)
                    .collect(Collectors.joining(" "))));
            refreshRows();
            return;
        }
        if (checked.hasWarnings() && !services.dialogs().confirm(TEXT.get("warning.title"), checked.warnings().stream()
                .map(ValidationProblem::message).collect(Collectors.joining("\n\n")), TEXT.get("warning.save"),
                TEXT.get("warning.cancel"))) {
            message.set(TEXT.get("status.notChanged"));
            refreshRows();
            return;
        }
        DailyResult changed = checked.result().orElseThrow();
        if (changed.equals(stored)) {
            refreshRows();
            return;
        }
        busy.set(true);
        message.set(TEXT.get("status.saving"));
        editor.change(new VersionedResult(stored, row.version()), changed, outcome -> finished(outcome,
                TEXT.format("status.saved", ResultText.key(changed.key(), reference::groupName), ResultText.values(changed))));
    }

    /** Deletes a row after the person confirms. */
    public void delete(DataRow row) {
        if (!editable()) {
            return;
        }
        busy.set(true);
        message.set("");
        editor.delete(row.result(), outcome -> finished(outcome, TEXT.format("status.deleted",
                ResultText.key(row.result().key(), reference::groupName))));
    }

    private void finished(EditOutcome outcome, String savedText) {
        busy.set(false);
        switch (outcome) {
            case EditOutcome.Saved saved -> message.set(savedText);
            case EditOutcome.Cancelled cancelled -> {
                message.set(TEXT.get("status.notChanged"));
                refreshRows();
            }
            case EditOutcome.Failed failed -> {
                message.set(TEXT.format("status.notChangedBecause", failed.message()));
                refreshRows();
            }
        }
    }

    private void show(Loaded loaded) {
        reference = loaded.reference();
        recentTests = RecentTests.from(ResultIndex.of(loaded.results().stream().map(VersionedResult::result).toList()));
        Map<Long, Group> groups = loaded.reference().groups().stream()
                .collect(Collectors.toMap(Group::id, Function.identity()));
        List<DataRow> built = new ArrayList<>(loaded.results().size());
        for (VersionedResult read : loaded.results()) {
            Group group = groups.get(read.result().groupId());
            if (group != null) { // results always have a group (foreign key); this guards a race only
                built.add(new DataRow(read.result(), group, loaded.closedDays().contains(read.result().date()),
                        read.version()));
            }
        }
        String chosenGroup = groupFilter.get();
        List<String> names = new ArrayList<>(List.of(allGroups));
        loaded.reference().groups().forEach(group -> names.add(group.name()));
        groupChoices.setAll(names);
        groupFilter.set(names.contains(chosenGroup) ? chosenGroup : allGroups);
        rows.setAll(built);
        busy.set(false);
        applyFilter();
    }

    /* Puts the stored values back on screen after a refused edit (the table cell shows what was typed). */
    private void refreshRows() {
        List<DataRow> copy = List.copyOf(rows);
        rows.setAll(copy);
        applyFilter();
    }

    private void applyFilter() {
        LocalDate first = from.get();
        LocalDate last = to.get();
        String groupName = groupFilter.get();
        String stageLabel = stageFilter.get();
        Predicate<DataRow> keep = row -> (first == null || !row.date().isBefore(first))
                && (last == null || !row.date().isAfter(last))
                && (groupName == null || allGroups.equals(groupName) || row.group().hasName(groupName))
                && (stageLabel == null || allStages.equals(stageLabel) || row.stage().label().equals(stageLabel));
        shown.setPredicate(keep);
        updateTotals();
        summary.set(TEXT.format("summary.showing", shown.size(), rows.size())
                + (first != null && last != null && last.isBefore(first) ? TEXT.get("summary.backwards") : ""));
    }

    private record Loaded(EntryReference reference, List<VersionedResult> results, java.util.Set<LocalDate> closedDays) {
    }

    /** Totals of the rows that pass the filters: tests, positives and their ratio (ratio of sums). */
    public ReadOnlyStringProperty totalsProperty() {
        return totals.getReadOnlyProperty();
    }

    /**
     * Rows as a spreadsheet pastes them: a header and one tab-separated line per row, in the
     * import's columns (ISO dates, stage codes, plain numbers), so a copy can also be imported.
     */
    public static String asTabSeparated(List<DataRow> selected) {
        StringBuilder text = new StringBuilder("date\tgroup\tstage\ttests\tpositives\tnote\n");
        for (DataRow row : selected) {
            text.append(row.date()).append('\t').append(clean(row.group().name())).append('\t')
                    .append(row.stage().code()).append('\t').append(row.result().tests()).append('\t')
                    .append(row.result().positives()).append('\t').append(clean(row.note())).append('\n');
        }
        return text.toString();
    }

    private static String clean(String cell) {
        return cell.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }

    /** Says that {@code count} rows went to the clipboard. */
    public void copied(int count) {
        message.set(TEXT.format("copy.done", count));
    }

    private void updateTotals() {
        long tests = 0;
        long positives = 0;
        long closedRows = 0;
        for (DataRow row : shown) {
            tests += row.result().tests();
            positives += row.result().positives();
            closedRows += row.closed() ? 1 : 0;
        }
        totals.set(TEXT.format("totals", RateFormat.count(tests), RateFormat.count(positives),
                tests == 0 ? RateFormat.noTests() : RateFormat.percent((double) positives / tests), closedRows));
    }
}
