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

    private static final org.loopwatch.domain.text.Texts TEXT = org.loopwatch.domain.text.Texts.of(AuditViewModel.class);

    /** Rows per page: a screenful many times over, yet quick to read and format. */
    public static final int PAGE_SIZE = 500;

    private final FilterChoice<Long> anyGroup = FilterChoice.any(TEXT.get("audit.anyGroup"));
    private final FilterChoice<AuditAction> anyAction = FilterChoice.any(TEXT.get("audit.anyAction"));

    private final AppServices services;
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ObjectProperty<FilterChoice<Long>> group = new SimpleObjectProperty<>(anyGroup);
    private final ObjectProperty<FilterChoice<AuditAction>> action = new SimpleObjectProperty<>(anyAction);
    private final ObservableList<FilterChoice<Long>> groupChoices = FXCollections.observableArrayList(List.of(anyGroup));
    private final ObservableList<FilterChoice<AuditAction>> actionChoices = FXCollections.observableArrayList();
    private final ObservableList<AuditRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper moreAvailable = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper zone = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper exportMessage = new ReadOnlyStringWrapper("");
    // Held strongly here, registered weakly on DataChanges, so a dropped screen stops refreshing.
    private final RefreshWhileShown whileShown = new RefreshWhileShown(this::refresh);
    private final ChangeListener<Number> dataChanged = (observable, before, after) -> whileShown.changed();
    private int limit = PAGE_SIZE;
    private long latestRequest;
    private boolean updatingFilters;

    public AuditViewModel(AppServices services) {
        this.services = services;
        actionChoices.add(anyAction);
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
            group.set(anyGroup);
            action.set(anyAction);
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
            problem.set(TEXT.format("audit.range.backwards", org.loopwatch.domain.text.DateStyle.date(first),
                    org.loopwatch.domain.text.DateStyle.date(last)));
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
                                : TEXT.format("audit.readFailed", String.valueOf(failure)));
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
        StringBuilder text = new StringBuilder(String.join("\t", AuditRow.headers())).append('\n');
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
        AuditRowFormatter formatter = formatter(database, zone, groups);
        List<AuditRow> found = database.audit().find(filter).stream().map(formatter::format).toList();
        boolean more = found.size() > wanted;
        return new Page(more ? found.subList(0, wanted) : found, more, groups,
                formatter.zoneText(java.time.Instant.now()));
    }

    /* Group names as they were at each row, from the log's own group changes. */
    private static AuditRowFormatter formatter(Database database, ZoneId zone, List<Group> groups) {
        Map<Long, String> names = groups.stream()
                .collect(Collectors.toMap(Group::id, Group::name, (a, b) -> a, LinkedHashMap::new));
        return new AuditRowFormatter(zone, names, new GroupNamesThen(database.audit().groupChanges(), names));
    }

    /** The time zone the times are shown in, e.g. "Europe/Berlin, UTC+01:00"; empty until the log was read. */
    public ReadOnlyStringProperty zoneProperty() {
        return zone.getReadOnlyProperty();
    }

    /** What the last export did, or why it failed; empty before one. */
    public ReadOnlyStringProperty exportMessageProperty() {
        return exportMessage.getReadOnlyProperty();
    }

    /** A file name for an export of the log, e.g. {@code loopwatch-audit-2026-12-05.csv}. */
    public String suggestedExportName() {
        return "loopwatch-audit-" + java.time.LocalDate.now(services.clock()) + ".csv";
    }

    /**
     * Writes every change the filters let through (all pages, not only those shown) to a CSV file,
     * times in UTC (ISO 8601), on the background thread; says how it went in {@link #exportMessageProperty}.
     */
    public void exportTo(java.nio.file.Path file) {
        Database database = services.database();
        ZoneId zone = services.clock().getZone();
        AuditFilter everything = filter(from.get(), to.get()).withLimit(Integer.MAX_VALUE);
        exportMessage.set("");
        services.tasks().run(() -> {
            AuditRowFormatter formatter = formatter(database, zone, database.groups().findAll());
            List<List<String>> lines = database.audit().find(everything).stream()
                    .map(formatter::format).map(AuditRow::fileCells).toList();
            return org.loopwatch.io.TableCsvWriter.write(AuditRow.FILE_COLUMNS, lines, file);
        }, written -> exportMessage.set(TEXT.format("audit.export.done", written, file)), failure -> {
            exportMessage.set(TEXT.format("audit.export.failed", file, failure.getMessage()));
            services.dialogs().showError(TEXT.get("audit.export.failedTitle"),
                    TEXT.format("audit.export.failed", file, failure.getMessage()), TEXT.get("audit.export.failedHint"));
        });
    }

    private void show(Page page, int wanted) {
        updateGroupChoices(page.groups());
        zone.set(page.zone());
        rows.setAll(page.rows());
        moreAvailable.set(page.more());
        loading.set(false);
        status.set(statusText(page.rows().size(), page.more(), wanted));
    }

    private void updateGroupChoices(List<Group> groups) {
        List<FilterChoice<Long>> choices = new ArrayList<>();
        choices.add(anyGroup);
        groups.forEach(each -> choices.add(new FilterChoice<>(each.id(),
                each.active() ? each.name() : TEXT.format("audit.inactive", each.name()))));
        if (choices.equals(groupChoices)) {
            return;
        }
        FilterChoice<Long> picked = group.get();
        updatingFilters = true;
        try {
            groupChoices.setAll(choices);
            // Keep the pick by id, also when the group was renamed meanwhile.
            group.set(choices.stream().filter(choice -> picked != null && Objects.equals(choice.value(),
                    picked.value())).findFirst().orElse(anyGroup));
        } finally {
            updatingFilters = false;
        }
    }

    private String statusText(int shown, boolean more, int wanted) {
        boolean filtered = from.get() != null || to.get() != null || !group.get().isAny() || !action.get().isAny();
        String count;
        if (shown == 0) {
            count = TEXT.get(filtered ? "audit.none.filtered" : "audit.none");
        } else if (more) {
            count = TEXT.format(filtered ? "audit.newest.filtered" : "audit.newest", wanted);
        } else {
            count = TEXT.format(filtered ? "audit.count.filtered" : "audit.count", shown);
        }
        if (from.get() != null || to.get() != null) {
            count += TEXT.get("audit.dayRangeHides");
        }
        return count;
    }

    private record Page(List<AuditRow> rows, boolean more, List<Group> groups, String zone) {
    }
}
