package org.loopwatch.app;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.util.Duration;
import org.loopwatch.domain.Stage;
import org.loopwatch.ui.AppServices;
import org.loopwatch.ui.FxTaskExecutor;
import org.loopwatch.ui.entry.EntryViewModel;

/**
 * The desktop training run's saves (decision 0074): once the app has opened the training database
 * and shows its dashboard, fills in the cells of the days after its last day through the Daily
 * entry screen's view model, each save once the dashboard has shown the one before, as a person
 * enters a day's results. The JVM records what they run (classes and method profiles,
 * {@code -XX:AOTCacheOutput}) into the desktop's start-up cache. A save's code then comes compiled
 * from the installed app's first save on: before, the cache knew only the start on an empty
 * database, and the first twenty saves of a session took 1.6 × the twenty after them while the JIT
 * warmed up (decision 0073).
 *
 * <p>On the FX thread. The training database must end at least {@code ceil(saves / cells of a day)}
 * days before today ({@link DesktopTraining} writes one); anything else fails the training run.
 */
final class SaveTraining {

    /** Enough for the JIT to compile a save's code at its last tier in the training run. */
    static final int SAVES = 40;
    private static final Duration POLL = Duration.millis(10);
    private static final long PATIENCE_NANOS = TimeUnit.SECONDS.toNanos(60);

    private final AppServices services;
    private final FxTaskExecutor tasks;
    private final int saves;
    private final Runnable done;
    private final Consumer<String> failed;
    private final EntryViewModel entry;
    private final List<LocalDate> days = new ArrayList<>();
    private int cellsPerDay;
    private int saved;

    private SaveTraining(AppServices services, FxTaskExecutor tasks, int saves, Runnable done, Consumer<String> failed) {
        this.services = services;
        this.tasks = tasks;
        this.saves = saves;
        this.done = done;
        this.failed = failed;
        this.entry = new EntryViewModel(services);
    }

    /** Makes {@code saves} saves, then runs {@code done}; or {@code failed} with what went wrong. */
    static void run(AppServices services, FxTaskExecutor tasks, int saves, Runnable done, Consumer<String> failed) {
        new SaveTraining(services, tasks, saves, done, failed).start();
    }

    /* What the training needs to know of the database before it starts. */
    private record Found(LocalDate lastDay, int activeGroups) {
    }

    private void start() {
        tasks.run(() -> new Found(services.database().results().dateRange().map(range -> range.last()).orElse(null),
                services.database().groups().findActive().size()), this::startFrom, failure -> failed.accept(String.valueOf(failure)));
    }

    private void startFrom(Found found) {
        cellsPerDay = 2 * found.activeGroups();
        if (found.lastDay() == null || cellsPerDay == 0) {
            failed.accept("the training database has no results or no groups");
            return;
        }
        int dayCount = (saves + cellsPerDay - 1) / cellsPerDay;
        for (int day = 1; day <= dayCount; day++) {
            days.add(found.lastDay().plusDays(day));
        }
        if (days.getLast().isAfter(LocalDate.now(services.clock()))) {
            failed.accept("the training database must end at least " + dayCount + " days before today, not on " + found.lastDay());
            return;
        }
        entry.start();
        next();
    }

    private void next() {
        if (saved == saves) {
            done.run();
            return;
        }
        entry.dateTextProperty().set(days.get(saved / cellsPerDay).toString());
        // The day is read on the background thread; then the form chooses its next missing cell.
        waitFor(() -> entry.dateProperty().get() != null && entry.groupProperty().get() != null
                && !entry.savingProperty().get() && tasks.isIdle(), this::fillIn);
    }

    private void fillIn() {
        // Counts like the training data's, so no "far above the usual" warning asks to confirm.
        boolean arrival = entry.stageProperty().get() == Stage.ARRIVAL;
        entry.testsProperty().set(Integer.toString(arrival ? 60 + saved : 300 + 7 * saved));
        entry.positivesProperty().set(Integer.toString(saved % 3 == 0 ? 1 : 0));
        waitFor(() -> entry.canSaveProperty().get(), () -> {
            entry.save();
            saved++;
            // Until the save and every refresh it caused are done, and a pulse or two has drawn them.
            waitFor(() -> !entry.savingProperty().get() && tasks.isIdle(), () -> after(Duration.millis(50), this::next));
        });
    }

    private void waitFor(BooleanSupplier condition, Runnable then) {
        long deadline = System.nanoTime() + PATIENCE_NANOS;
        poll(condition, then, deadline);
    }

    private void poll(BooleanSupplier condition, Runnable then, long deadline) {
        if (condition.getAsBoolean()) {
            then.run();
        } else if (System.nanoTime() > deadline) {
            failed.accept("save " + (saved + 1) + " did not get through within 60 s; the form says: "
                    + entry.statusProperty().get() + " " + entry.validationProperty().get().problems());
        } else {
            after(POLL, () -> poll(condition, then, deadline));
        }
    }

    private static void after(Duration delay, Runnable action) {
        PauseTransition pause = new PauseTransition(delay);
        pause.setOnFinished(event -> action.run());
        pause.play();
    }
}
