package org.loopwatch.ui.audit;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.loopwatch.domain.Group;
import org.loopwatch.store.AuditAction;
import org.loopwatch.store.AuditFilter;
import org.loopwatch.store.Database;
import org.loopwatch.store.StoreException;
import org.loopwatch.ui.AppServices;
import org.loopwatch.ui.RefreshWhileShown;

/**
 * The audit log screen's state: filters, the rows shown (newest first) and what the footer says.
 * Rows are read and formatted on the background thread a page at a time, so a long history never
 * freezes the window; "show more" fetches a larger page. Refreshes itself after every data change.
 */
public final class AuditViewModel {

    /** Rows per page: a screenful many times over, yet quick to read and format. */
    public static final int PAGE_SIZE = 500;

    private static final FilterChoice<Long> ANY_GROUP = FilterChoice.any("All groups");
    private static final FilterChoice<AuditAction> ANY_ACTION = FilterChoice.any("All actions");

    private final AppServices services;
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ObjectProperty<FilterChoice<Long>> group = new SimpleObjectProperty<>(ANY_GROUP);
    private final ObjectProperty<FilterChoice<AuditAction>> action = new SimpleObjectProperty<>(ANY_ACTION);
    private final ObservableList<FilterChoice<Long>> groupChoices = FXCollections.observableArrayList(List.of(ANY_GROUP));
    private final ObservableList<FilterChoice<AuditAction>> actionChoices = FXCollections.observableArrayList();
    private final ObservableList<AuditRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper moreAvailable = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    // Held strongly here, registered weakly on DataChanges, so a dropped screen stops refreshing.
    private final RefreshWhileShown whileShown = new RefreshWhileShown(this::refresh);
    private final ChangeListener<Number> dataChanged = (observable, before, after) -> whileShown.changed();
    private int limit = PAGE_SIZE;
    private long latestRequest;
    private boolean updatingFilters;

    public AuditViewModel(AppServices services) {
        this.services = services;
        actionChoices.add(ANY_ACTION);
        for (AuditAction each : AuditAction.values()) {
            actionChoices.add(new FilterChoice<>(each, AuditRowFormatter.actionLabel(each)));
        }
        InvalidationListener filterChanged = observable -> {
            if (!updatingFilters) {
                applyFilters();
            }
        };
        from.addListener(filterChanged);
        to.addListener(filterChanged);
        group.addListener(filterChanged);
        action.addListener(filterChanged);
        services.changes().versionProperty().addListener(new WeakChangeListener<>(dataChanged));
    }

    /** Tells the screen whether it is shown: hidden, it reads the log again only once shown. */
    public void shown(boolean shown) {
        whileShown.shown(shown);
    }

    /** First affected day shown (inclusive); null for no lower bound. */
    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    /** Last affected day shown (inclusive); null for no upper bound. */
    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public ObjectProperty<FilterChoice<Long>> groupProperty() {
        return group;
    }

    public ObjectProperty<FilterChoice<AuditAction>> actionProperty() {
        return action;
    }

    /** "All groups" and every group by name. */
    public ObservableList<FilterChoice<Long>> groupChoices() {
        return groupChoices;
    }

    /** "All actions" and each action. */
    public ObservableList<FilterChoice<AuditAction>> actionChoices() {
        return actionChoices;
    }

    /** The rows shown, newest first. */
    public ObservableList<AuditRow> rows() {
        return rows;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** True when older matching changes exist beyond the rows shown. */
    public ReadOnlyBooleanProperty moreAvailableProperty() {
        return moreAvailable.getReadOnlyProperty();
    }

    /** How many changes are shown, and what the filters leave out. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** What is wrong with the filters, or why the log could not be read; empty when all is well. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Starts again from the first page with the current filters. */
    public void applyFilters() {
        limit = PAGE_SIZE;
        refresh();
    }

    /** Shows another page of older changes. */
    public void showMore() {
        limit += PAGE_SIZE;
        refresh();
    }

    public void clearFilters() {
        updatingFilters = true;
        try {
            from.set(null);
            to.set(null);
            group.set(ANY_GROUP);
            action.set(ANY_ACTION);
        } finally {
            updatingFilters = false;
        }
        applyFilters();
    }

    /** Reads the log again with the current filters and page size. */
    public void refresh() {
        LocalDate first = from.get();
        LocalDate last = to.get();
        if (first != null && last != null && last.isBefore(first)) {
            problem.set("The \u201cfrom\u201d day " + first + " is after the \u201cto\u201d day " + last
                    + ". Choose a \u201cfrom\u201d day on or before the \u201cto\u201d day.");
            latestRequest++; // a read still under way is for filters no longer asked for
            loading.set(false);
            return;
        }
        problem.set("");
        AuditFilter filter = filter(first, last);
        int wanted = limit;
        long request = ++latestRequest;
        Database database = services.database();
        ZoneId zone = services.clock().getZone();
        loading.set(true);
        services.tasks().run(() -> read(database, zone, filter, wanted),
                page -> {
                    if (request == latestRequest) {
                        show(page, wanted);
                    }
                },
                failure -> {
                    if (request == latestRequest) {
                        loading.set(false);
                        problem.set(failure instanceof StoreException ? failure.getMessage()
                                : "The audit log could not be read (" + failure + "). Try again; if it keeps "
                                  + "failing, restart LoopWatch.");
                    }
                });
    }

    /**
     * The selected rows as tab-separated text with a header line, for pasting into a spreadsheet or
     * an e-mail. Tabs and line breaks inside values become spaces so each row stays one line.
     */
    public String copyText(List<AuditRow> selected) {
        if (selected.isEmpty()) {
            return "";
        }
        StringBuilder text = new StringBuilder(String.join("\t", AuditRow.HEADERS)).append('\n');
        for (AuditRow row : selected) {
            List<String> cells = new ArrayList<>();
            for (String cell : row.cells()) {
                cells.add(cell == null ? "" : cell.replaceAll("[\\t\\r\\n]+", " "));
            }
            text.append(String.join("\t", cells)).append('\n');
        }
        return text.toString();
    }

    private AuditFilter filter(LocalDate first, LocalDate last) {
        AuditFilter filter = AuditFilter.all();
        if (first != null || last != null) {
            filter = filter.withAffectedDays(first, last);
        }
        FilterChoice<Long> groupChoice = group.get();
        if (groupChoice != null && !groupChoice.isAny()) {
            filter = filter.withGroup(groupChoice.value());
        }
        FilterChoice<AuditAction> actionChoice = action.get();
        if (actionChoice != null && !actionChoice.isAny()) {
            filter = filter.withAction(actionChoice.value());
        }
        // One more than shown tells whether there is more, without a second count query.
        return filter.withLimit(limit + 1);
    }

    private static Page read(Database database, ZoneId zone, AuditFilter filter, int wanted) {
        List<Group> groups = database.groups().findAll();
        Map<Long, String> names = groups.stream()
                .collect(Collectors.toMap(Group::id, Group::name, (a, b) -> a, LinkedHashMap::new));
        AuditRowFormatter formatter = new AuditRowFormatter(zone, names);
        List<AuditRow> found = database.audit().find(filter).stream().map(formatter::format).toList();
        boolean more = found.size() > wanted;
        return new Page(more ? found.subList(0, wanted) : found, more, groups);
    }

    private void show(Page page, int wanted) {
        updateGroupChoices(page.groups());
        rows.setAll(page.rows());
        moreAvailable.set(page.more());
        loading.set(false);
        status.set(statusText(page.rows().size(), page.more(), wanted));
    }

    private void updateGroupChoices(List<Group> groups) {
        List<FilterChoice<Long>> choices = new ArrayList<>();
        choices.add(ANY_GROUP);
        groups.forEach(each -> choices.add(new FilterChoice<>(each.id(),
                each.active() ? each.name() : each.name() + " (inactive)")));
        if (choices.equals(groupChoices)) {
            return;
        }
        FilterChoice<Long> picked = group.get();
        updatingFilters = true;
        try {
            groupChoices.setAll(choices);
            // Keep the pick by id, also when the group was renamed meanwhile.
            group.set(choices.stream().filter(choice -> picked != null && Objects.equals(choice.value(),
                    picked.value())).findFirst().orElse(ANY_GROUP));
        } finally {
            updatingFilters = false;
        }
    }

    private String statusText(int shown, boolean more, int wanted) {
        boolean filtered = from.get() != null || to.get() != null || !group.get().isAny() || !action.get().isAny();
        String count;
        if (shown == 0) {
            count = filtered ? "No changes match these filters." : "No changes yet.";
        } else if (more) {
            count = "Showing the " + wanted + " newest " + (filtered ? "matching " : "") + "changes; older ones "
                    + "are left out until you choose Show more.";
        } else {
            count = shown + (shown == 1 ? " change" : " changes") + (filtered ? " match these filters." : ".");
        }
        if (from.get() != null || to.get() != null) {
            count += " Changes without a day (groups, rollups, event, settings) are hidden while a day range is set.";
        }
        return count;
    }

    private record Page(List<AuditRow> rows, boolean more, List<Group> groups) {
    }
}
