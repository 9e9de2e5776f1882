package org.loopwatch.ui;

import org.loopwatch.ui.results.ScriptedDialogs;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.loopwatch.domain.DailyResult;
import org.loopwatch.domain.Stage;
import org.loopwatch.store.Database;
import org.loopwatch.store.ImportProgress;
import org.loopwatch.store.OpenMode;

/**
 * A real database file in a test folder with the services the screens get, for view and
 * view-model tests. Rows go in through the store, as the entry screen and the import do.
 */
public final class UiTestDatabase implements AutoCloseable {

    public static final Clock CLOCK = Clock.fixed(Instant.parse("2022-01-23T07:00:00Z"), ZoneOffset.UTC);

    private final Database database;
    private final AppServices services;
    private final List<DailyResult> pending = new ArrayList<>();

    private UiTestDatabase(Database database) {
        this.database = database;
        this.services = new AppServices(database, new BackgroundTasks(), new ScriptedDialogs(), new DataChanges(),
                CLOCK);
    }

    public static UiTestDatabase createIn(Path folder) {
        return new UiTestDatabase(Database.open(folder.resolve("loopwatch.db"), OpenMode.CREATE_IF_MISSING, CLOCK));
    }

    public Database database() {
        return database;
    }

    public AppServices services() {
        return services;
    }

    public long groupId(String name) {
        return database.groups().findByName(name).orElseGet(() -> database.groups().add(name)).id();
    }

    /** Queues one row; {@link #save()} writes the queue in one transaction. */
    public UiTestDatabase row(LocalDate date, String group, Stage stage, long tests, long positives) {
        pending.add(new DailyResult(date, groupId(group), stage, tests, positives, ""));
        return this;
    }

    /**
     * Queues a published period total spread over its days as evenly as whole numbers allow, so
     * the sums over the period are exactly the published ones.
     */
    public UiTestDatabase spread(LocalDate first, LocalDate last, String group, Stage stage, long tests,
                                 long positives) {
        int days = (int) (last.toEpochDay() - first.toEpochDay() + 1);
        for (int day = 0; day < days; day++) {
            long dayTests = tests / days + (day < tests % days ? 1 : 0);
            long dayPositives = Math.min(dayTests, positives / days + (day < positives % days ? 1 : 0));
            row(first.plusDays(day), group, stage, dayTests, dayPositives);
        }
        return this;
    }

    public UiTestDatabase save() {
        database.results().importAll(List.copyOf(pending), false, "test data", ImportProgress.NONE);
        pending.clear();
        return this;
    }

    @Override
    public void close() {
        services.tasks().close();
        database.close();
    }

}
