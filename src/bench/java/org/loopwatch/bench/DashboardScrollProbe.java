package org.loopwatch.bench;

import static org.loopwatch.bench.FxBench.cpuTime;
import static org.loopwatch.bench.FxBench.onFx;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.loopwatch.store.Database;
import org.loopwatch.store.OpenMode;
import org.loopwatch.ui.AppServices;
import org.loopwatch.ui.DataChanges;
import org.loopwatch.ui.FxTaskExecutor;
import org.loopwatch.ui.ShellView;
import org.loopwatch.ui.dashboard.DashboardView;
import org.loopwatch.ui.dashboard.DashboardViewModel;

/**
 * What scrolling the dashboard costs JavaFX's renderer: the real dashboard of a database in a
 * 1280×800 window, scrolled from top to bottom and back in 120 steps, one every 16 ms, three
 * rounds; prints the renderer thread's and the FX thread's CPU per step. Decision 0072 drew the
 * dashboard's scroll pane without the viewport's cached image, which JavaFX also uses to scroll by
 * copying; this shows what that changes. It changes no row.
 * Usage: {@code DashboardScrollProbe DB_FILE}.
 */
public final class DashboardScrollProbe {

    private static final int STEPS_EACH_WAY = 60;
    private static final int ROUNDS = 3;

    private DashboardScrollProbe() {
    }

    public static void main(String[] args) {
        try {
            run(Path.of(args[0]));
            System.exit(0);
        } catch (Exception | Error failure) {
            failure.printStackTrace();
            System.exit(1); // the JavaFX thread would keep the JVM alive
        }
    }

    private static void run(Path file) throws Exception {
        Database database = Database.open(file, OpenMode.MUST_EXIST);
        Clock today = Clock.fixed(database.results().dateRange().orElseThrow().last().plusDays(1)
                .atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
        AppServices services = new AppServices(database, new FxTaskExecutor(), new FxBench.NoDialogs(), new DataChanges(), today);
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get(30, TimeUnit.SECONDS);
        DashboardViewModel dashboard = onFx(() -> new DashboardViewModel(services));
        Scene scene = onFx(() -> {
            Scene shown = new Scene(new DashboardView(dashboard), 1280, 800);
            shown.getStylesheets().add(Objects.requireNonNull(ShellView.class.getResource("loopwatch.css")).toExternalForm());
            Stage stage = new Stage();
            stage.setScene(shown);
            stage.show();
            return shown;
        });
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (onFx(() -> dashboard.snapshotProperty().get() == null || dashboard.busyProperty().get())) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the dashboard did not settle within 60 s");
            }
            Thread.sleep(10);
        }
        ScrollPane results = onFx(() -> (ScrollPane) scene.getRoot().lookup(".dashboard-scroll"));
        System.out.printf(Locale.ROOT, "dashboard scrolled, viewport cached: %s, content %.0f px high in a 800 px window%n",
                onFx(() -> results.lookup(".viewport").isCache()), onFx(() -> results.getContent().getLayoutBounds().getHeight()));
        Thread.sleep(1000); // the first frames and the charts' layout done
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int round = 1; round <= ROUNDS; round++) {
            long fxBefore = cpuTime(threads, "JavaFX Application");
            long rendererBefore = cpuTime(threads, "QuantumRenderer");
            int steps = 2 * STEPS_EACH_WAY;
            for (int step = 1; step <= steps; step++) {
                double at = (double) (step <= STEPS_EACH_WAY ? step : steps - step) / STEPS_EACH_WAY;
                onFx(() -> {
                    results.setVvalue(at);
                    return null;
                });
                Thread.sleep(16);
            }
            Thread.sleep(500); // the last frames drawn
            System.out.printf(Locale.ROOT, "   round %d: renderer CPU %.1f ms per step, FX thread CPU %.1f ms per step (%d steps)%n",
                    round, (cpuTime(threads, "QuantumRenderer") - rendererBefore) / 1e6 / steps,
                    (cpuTime(threads, "JavaFX Application") - fxBefore) / 1e6 / steps, steps);
        }
    }
}
