package org.loopwatch.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import javafx.application.Platform;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.loopwatch.domain.DailyResult;
import org.loopwatch.domain.Stage;
import org.loopwatch.store.Database;
import org.loopwatch.store.ImportProgress;
import org.loopwatch.store.OpenMode;
import org.loopwatch.ui.results.ScriptedDialogs;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The one test fixture for screens and view models: a real database file in a test folder with
 * the {@link AppServices} the screens get in the app: a fixed clock (by default {@link #CLOCK}, so
 * audit times read 2022-01-22 08:00:00) and dialogs that answer from a script instead of showing,
 * unless a test passes its own. Rows go in through the store, one at a time or as one import.
 *
 * <p>Two ways to get one. A view-model test registers {@link #forEachTest()} on a field with
 * {@code @RegisterExtension}: each test then gets a fresh database in a temporary folder of its
 * own, closed and deleted after the test, and a {@link CurrentThreadTaskExecutor}, so work runs at
 * once on the test's thread: no toolkit, no waiting. A TestFX test builds its screen in
 * {@code @Start}, which runs before such an extension, so it calls {@link #createIn} or
 * {@link #createInNewFolder} there and closes the fixture itself; it gets the app's
 * {@link FxTaskExecutor}, waits with {@link #awaitBackgroundWork()}, and static helpers run code
 * on the FX thread and wait for it.
 */
public final class UiTestDatabase implements AutoCloseable, BeforeEachCallback, AfterEachCallback {

    /** 22 January 2022, 08:00 UTC: the last day of the published figures (SPEC §1). */
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2022-01-22T08:00:00Z"), ZoneOffset.UTC);

    private static final int WAIT_SECONDS = 20;

    private final Clock clock;
    private final DialogService dialogs;
    private final List<DailyResult> pending = new ArrayList<>();
    private final boolean onToolkit;
    private TaskExecutor tasks;
    private AppServices services;
    private Path ownFolder;

    private UiTestDatabase(Clock clock, DialogService dialogs, boolean onToolkit) {
        this.clock = clock;
        this.dialogs = dialogs;
        this.onToolkit = onToolkit;
    }

    /** A new database in {@code folder}, at {@link #CLOCK}, with scripted dialogs that expect no question. */
    public static UiTestDatabase createIn(Path folder) {
        return createIn(folder, CLOCK, new ScriptedDialogs());
    }

    public static UiTestDatabase createIn(Path folder, Clock clock, DialogService dialogs) {
        UiTestDatabase fixture = new UiTestDatabase(clock, dialogs, true);
        fixture.open(folder);
        return fixture;
    }

    /** A new database in a temporary folder of its own, which {@link #close()} deletes. */
    public static UiTestDatabase createInNewFolder(Clock clock, DialogService dialogs) throws IOException {
        UiTestDatabase fixture = new UiTestDatabase(clock, dialogs, true);
        fixture.openInNewFolder();
        return fixture;
    }

    /**
     * A fresh database for each test, at {@link #CLOCK}, with scripted dialogs that expect no
     * question; work runs at once on the test's thread.
     */
    public static UiTestDatabase forEachTest() {
        return forEachTest(CLOCK, new ScriptedDialogs());
    }

    public static UiTestDatabase forEachTest(Clock clock, DialogService dialogs) {
        return new UiTestDatabase(clock, dialogs, false);
    }

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        openInNewFolder();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        close();
    }

    private void openInNewFolder() throws IOException {
        ownFolder = Files.createTempDirectory("loopwatch-test");
        open(ownFolder);
    }

    private void open(Path folder) {
        Database database = Database.open(folder.resolve("loopwatch.db"), OpenMode.CREATE_IF_MISSING, clock);
        tasks = onToolkit ? new FxTaskExecutor() : new CurrentThreadTaskExecutor();
        services = new AppServices(database, tasks, dialogs, new DataChanges(), clock);
    }

    public Database database() {
        return services().database();
    }

    public AppServices services() {
        if (services == null) {
            throw new IllegalStateException("not open yet: a @RegisterExtension fixture opens before each test");
        }
        return services;
    }

    public DataChanges changes() {
        return services().changes();
    }

    /** The synchronous executor of a view-model test, e.g. to {@link CurrentThreadTaskExecutor#hold() hold} work. */
    public CurrentThreadTaskExecutor synchronousTasks() {
        services();
        if (tasks instanceof CurrentThreadTaskExecutor synchronous) {
            return synchronous;
        }
        throw new IllegalStateException("a screen's fixture runs work on the app's background thread");
    }

    /** The id of the group with this name, which is added first when the database has none yet. */
    public long groupId(String name) {
        return database().groups().findByName(name).orElseGet(() -> database().groups().add(name)).id();
    }

    /** Stores one row at once, as the entry screen does. */
    public DailyResult stored(LocalDate date, String group, Stage stage, long tests, long positives) {
        return database().results().insert(new DailyResult(date, groupId(group), stage, tests, positives, ""));
    }

    /** Queues one row; {@link #save()} writes the queue in one transaction, as an import does. */
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
        database().results().importAll(List.copyOf(pending), false, "test data", ImportProgress.NONE);
        pending.clear();
        return this;
    }

    /**
     * Waits until the background thread has finished everything asked for so far and the FX thread
     * has run the callbacks, including work those callbacks asked for in turn (a save's reloads).
     * For screens; a view-model test has nothing to wait for.
     */
    public void awaitBackgroundWork() {
        services();
        if (!(tasks instanceof FxTaskExecutor background)) {
            throw new IllegalStateException("view-model tests run work at once: nothing to wait for");
        }
        WindowsAtRest.awaitIdle(background);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Waits until the background work is done and every showing window is laid out after it ({@link WindowsAtRest}). */
    public void awaitWindowsAtRest() {
        services();
        if (!(tasks instanceof FxTaskExecutor background)) {
            throw new IllegalStateException("view-model tests run work at once: nothing to wait for");
        }
        WindowsAtRest.await(background);
    }

    /** Runs on the FX thread and waits for it (directly when already there, e.g. in {@code @Start}). */
    public static void onFx(Runnable action) {
        onFx(() -> {
            action.run();
            return null;
        });
    }

    /** Computes on the FX thread and waits for the value (directly when already there). */
    public static <T> T onFx(Callable<T> action) {
        try {
            return Platform.isFxApplicationThread() ? action.call()
                    : WaitForAsyncUtils.asyncFx(action).get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("FX action failed", e);
        }
    }

    /** Waits (up to 20 s) until the condition, checked on the FX thread, holds. */
    public static void waitUntil(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> onFx(condition::getAsBoolean));
        } catch (TimeoutException e) {
            throw new AssertionError("condition not met within " + WAIT_SECONDS + " s", e);
        }
    }

    /** Stops the background thread, closes the database and deletes the folder when it is the fixture's own. */
    @Override
    public void close() {
        if (services == null) {
            return; // never opened
        }
        tasks.close();
        try {
            services.database().close();
        } catch (RuntimeException alreadyClosed) {
            // A test that closed the database on purpose; nothing left to release.
        }
        if (ownFolder != null) {
            deleteOwnFolder();
        }
    }

    private void deleteOwnFolder() {
        try (Stream<Path> files = Files.walk(ownFolder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete the test folder " + ownFolder, e);
        }
    }
}
