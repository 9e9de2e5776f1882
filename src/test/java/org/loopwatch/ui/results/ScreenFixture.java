package org.loopwatch.ui.results;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import org.loopwatch.domain.DailyResult;
import org.loopwatch.domain.Stage;
import org.loopwatch.store.Database;
import org.loopwatch.store.OpenMode;
import org.loopwatch.ui.AppServices;
import org.loopwatch.ui.BackgroundTasks;
import org.loopwatch.ui.DataChanges;
import org.loopwatch.ui.DialogService;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A real database in a temporary folder with the services the screens get in the app; "today" is
 * fixed at {@link #TODAY}. For view-model and TestFX tests of the entry and data screens.
 */
public final class ScreenFixture implements AutoCloseable {

    public static final LocalDate TODAY = LocalDate.of(2022, 1, 10);
    public static final Clock CLOCK = Clock.fixed(TODAY.atTime(9, 0).toInstant(ZoneOffset.UTC), ZoneId.of("UTC"));

    public final Database database;
    public final BackgroundTasks tasks = new BackgroundTasks();
    public final DataChanges changes;
    public final AppServices services;

    public ScreenFixture(Path folder, DialogService dialogs) {
        database = Database.open(folder.resolve("loopwatch.db"), OpenMode.CREATE_IF_MISSING, CLOCK);
        changes = onFxGet(DataChanges::new);
        services = new AppServices(database, tasks, dialogs, changes, CLOCK);
    }

    public long groupId(String name) {
        return database.groups().findByName(name).orElseThrow().id();
    }

    public DailyResult stored(LocalDate date, String group, Stage stage, long tests, long positives) {
        return database.results().insert(new DailyResult(date, groupId(group), stage, tests, positives, ""));
    }

    /** Waits until the background thread has run everything queued so far and its callbacks are done. */
    public void settle() {
        for (int round = 0; round < 3; round++) {
            CountDownLatch done = new CountDownLatch(1);
            onFx(() -> tasks.run(() -> null, ignored -> done.countDown(), ignored -> done.countDown()));
            try {
                if (!done.await(20, TimeUnit.SECONDS)) {
                    throw new AssertionError("the background thread did not finish");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    /** Waits up to 20 s for a condition checked on the FX thread. */
    public static void await(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
                AtomicBoolean holds = new AtomicBoolean();
                onFx(() -> holds.set(condition.getAsBoolean()));
                return holds.get();
            });
        } catch (TimeoutException e) {
            throw new AssertionError("condition not met within 20 s", e);
        }
    }

    /** Runs on the FX thread and waits for it (directly when already there, e.g. in {@code @Start}). */
    public static void onFx(Runnable work) {
        if (Platform.isFxApplicationThread()) {
            work.run();
        } else {
            WaitForAsyncUtils.waitForAsyncFx(20_000, work);
        }
    }

    public static <T> T onFxGet(java.util.concurrent.Callable<T> work) {
        if (Platform.isFxApplicationThread()) {
            try {
                return work.call();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return WaitForAsyncUtils.waitForAsyncFx(20_000, work);
    }

    @Override
    public void close() {
        tasks.close();
        database.close();
    }
}
