package org.loopwatch.ui.dashboard;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import org.loopwatch.domain.ConfidenceLevel;
import org.loopwatch.domain.IntervalMethod;
import org.loopwatch.domain.RollingWindow;
import org.loopwatch.domain.StageChoice;
import org.loopwatch.report.chart.ChartInputs;
import org.loopwatch.report.chart.ChartRequest;
import org.loopwatch.report.chart.ChartSeriesCache;
import org.loopwatch.report.chart.ChartSubject;
import org.loopwatch.report.chart.ChartText;
import org.loopwatch.store.Database;
import org.loopwatch.store.StoreException;
import org.loopwatch.ui.AppServices;
import org.loopwatch.ui.DataChanges.ResultChange;

/**
 * The dashboard's state: filters, the loaded data and the latest tiles and charts. Reads the
 * database on the background thread after every committed change (only the changed row, when
 * one result was saved: see {@link DashboardData}) and recomputes there after every filter
 * change; properties change only on the FX thread.
 *
 * <p>Filters follow the data and the Settings defaults until the person changes them
 * ({@link DashboardFilterChoices}): the period keeps ending on the last day with data, and stage,
 * window, interval method and level follow Settings (stages apart unless Settings say otherwise).
 */
public final class DashboardViewModel {

    private static final org.loopwatch.domain.text.Texts TEXT = org.loopwatch.domain.text.Texts.of(DashboardViewModel.class);

    private final AppServices services;

    private final DashboardFilterChoices choices = new DashboardFilterChoices(this::recompute);

    private final ReadOnlyObjectWrapper<DashboardSnapshot> snapshot = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    /* Shown figures older than the data: computed while hidden no more, computed again once shown. */
    private final ReadOnlyBooleanWrapper catchingUp = new ReadOnlyBooleanWrapper(false);

    private final DashboardData data = new DashboardData();
    /* The chart series of the latest computation, so the next computes only those a save changed; under the lock on data. */
    private final ChartSeriesCache keptSeries = new ChartSeriesCache();
    /* The alert list's sentences of the latest computation, likewise; under the lock on data. */
    private final AlertExplanations keptAlertTexts = new AlertExplanations();
    /* The tiles of the latest computation, so the next writes only those whose figures changed (decision 0069); under the lock on data. */
    private final KeptTiles keptTiles = new KeptTiles();
    private final AlertListViewModel alerts;
    private ChartInputs inputs;
    private long requested;
    /* A read of the database is under way; changes meanwhile ask for one more read after it, not one each. */
    private boolean loading;
    private boolean readAgain;
    /* What the read after the one under way must cover: everything, or the results only. */
    private boolean readAgainEverything;
    /* On screen (a view model without a view counts as shown); hidden, data are read but figures not computed. */
    private boolean onScreen = true;
    /* Data were read while hidden and the figures not computed from them yet. */
    private boolean figuresOutdated;
    private final InvalidationListener onDataChanged = observable -> dataChanged();
    /* The dashboard worked out from a save still being written (decision 0062); FX thread only. */
    private ForeseenSave<Foresight> foreseen;
    private final ForeseenSave.Outcome<Foresight> foreseenShown = new ForeseenOutcome();
    private final ChangeListener<ResultChange> onResultComing = (observable, before, change) -> {
        if (change != null) {
            foresee(change);
        }
    };

    public DashboardViewModel(AppServices services) {
        this.services = services;
        // Weak, so a dashboard dropped by the shell (e.g. when it reloads its screens) is not kept
        // alive, and reloading, by the application-wide change notifications.
        services.changes().versionProperty().addListener(new WeakInvalidationListener(onDataChanged));
        services.changes().comingProperty().addListener(new WeakChangeListener<>(onResultComing));
        alerts = new AlertListViewModel(services, snapshot.getReadOnlyProperty());
        reload();
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return choices.from();
    }

    public ObjectProperty<LocalDate> toProperty() {
        return choices.to();
    }

    public ObjectProperty<StageChoice> stageProperty() {
        return choices.stage();
    }

    public ObjectProperty<RollingWindow> windowProperty() {
        return choices.window();
    }

    public ObjectProperty<IntervalMethod> methodProperty() {
        return choices.method();
    }

    public ObjectProperty<ConfidenceLevel> levelProperty() {
        return choices.level();
    }

    /** The groups (active ones) and rollups on offer, in display order. */
    public ObservableList<ChartSubject> subjects() {
        return choices.subjects();
    }

    public boolean isShown(ChartSubject subject) {
        return choices.isShown(subject);
    }

    /** Shows or hides a group or rollup in tiles and charts. */
    public void setShown(ChartSubject subject, boolean shown) {
        choices.setShown(subject, shown);
    }

    /** The alert list of the period and groups shown, with acknowledgements (issue 21). */
    public AlertListViewModel alerts() {
        return alerts;
    }

    /** The latest tiles and chart data; null until the first computation finished. */
    public ReadOnlyObjectProperty<DashboardSnapshot> snapshotProperty() {
        return snapshot.getReadOnlyProperty();
    }

    /** A problem with the filters or the database, in words; empty when all is well. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** True while the database is read or figures are computed. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /**
     * Tells the dashboard whether it is on screen. Hidden (another screen chosen), it keeps reading
     * what changed but computes no tiles or charts (decision 0059: a visited dashboard recomputed
     * them after every other desk's save, for nobody); shown again, it computes them from the data
     * read meanwhile, and {@link #catchingUpProperty()} is true until they are there.
     */
    public void shown(boolean shown) {
        onScreen = shown;
        if (shown && figuresOutdated) {
            figuresOutdated = false;
            catchingUp.set(true);
            recompute();
        }
    }

    /** True from showing the dashboard with figures older than its data until they are computed. */
    public ReadOnlyBooleanProperty catchingUpProperty() {
        return catchingUp.getReadOnlyProperty();
    }

    /** The request behind the charts shown now, for exports; empty before data arrived. */
    public Optional<ChartRequest> currentRequest() {
        DashboardSnapshot shown = snapshot.get();
        return shown == null || shown.noResults() ? Optional.empty() : Optional.of(shown.request());
    }

    /* The series kept between computations, for tests to see how much a refresh computed. */
    ChartSeriesCache keptSeries() {
        return keptSeries;
    }

    /** Reads the database again (after a change) and recomputes. */
    public void reload() {
        Database database = services.database();
        load(() -> data.load(database), true);
    }

    private void dataChanged() {
        Optional<ResultChange> change = services.changes().lastResultChange();
        Database database = services.database();
        ForeseenSave<Foresight> ahead = foreseen;
        foreseen = null;
        if (change.isPresent() && ahead != null && ahead.canShow(change.get())) {
            ahead.committed();
        } else if (change.isPresent()) {
            load(() -> data.apply(database, change.get()), false);
        } else if (services.changes().lastChangeOnlyResults()) {
            load(() -> data.reloadResults(database), false); // other desks' saves (TeamUpdates)
        } else {
            reload();
        }
    }

    /*
     * At most one read runs and one more waits: another desk's notices (eight desks saving every few
     * hundred ms) arriving during a read are folded into a single read after it (of the results only
     * when nothing else changed: decision 0041), instead of queueing a read each, which on a loaded
     * machine put the dashboard seconds behind (SPEC §3.1: 2 s).
     */
    private void load(Callable<ChartInputs> work, boolean everything) {
        if (loading) {
            // A read of the results (or of everything) holds whatever change the skipped work was for.
            readAgain = true;
            readAgainEverything |= everything;
            return;
        }
        loading = true;
        busy.set(true);
        // The read and the computation after it in one task: a second hop through the FX thread
        // put the computation behind whatever other screens had queued meanwhile (the entry
        // screen's reads after a save), on the way from a save to the dashboard (decision 0049).
        // The filters are worked out on the background thread from the choices as they are now;
        // if anything changed them meanwhile, the FX thread computes again, as before.
        DashboardChoices chosen = choices.now();
        Set<String> hidden = choices.hidden();
        long ticket = requested;
        boolean compute = onScreen;
        services.tasks().run(() -> {
            synchronized (data) {
                return computeWith(work.call(), chosen, hidden, compute);
            }
        }, result -> loaded(result, ticket, compute), failure -> {
            loading = false;
            failed(failure);
            readAgainIfAsked();
        });
    }

    /* The filters a read leads to and, when asked, the dashboard computed with them; hold the lock on data. */
    private LoadedAndComputed computeWith(ChartInputs loaded, DashboardChoices chosen, Set<String> hidden,
                                          boolean compute) {
        Optional<DashboardFilters> expected = chosen.withDefaults(loaded)
                .filters(loaded, hidden, LocalDate.now(services.clock()));
        Optional<DashboardSnapshot> computed = compute ? expected.map(filters ->
                DashboardCalculator.compute(loaded, filters, keptSeries, keptAlertTexts, keptTiles)) : Optional.empty();
        return new LoadedAndComputed(loaded, expected, computed);
    }

    /* Back on the FX thread after a read (or a save's foreseen figures, once committed). */
    private void loaded(LoadedAndComputed result, long ticket, boolean compute) {
        loading = false;
        inputs = result.inputs();
        choices.applyDefaults(result.inputs());
        if (!compute) {
            ++requested; // a computation still queued is outdated too
            busy.set(false);
            if (onScreen) {
                catchingUp.set(true); // shown while this read ran: compute now
                recompute();
            } else {
                figuresOutdated = true;
            }
        } else if (ticket == requested && result.computed().isPresent()
                && filters(result.inputs()).equals(result.filters())) {
            // Tasks run in order on one thread: this also outdates any computation still queued.
            ++requested;
            message.set("");
            snapshot.set(result.computed().get());
            busy.set(false);
            catchingUp.set(false);
        } else {
            recompute();
        }
        readAgainIfAsked();
    }

    /*
     * A save of one result is on its way to the database (decision 0062): the figures it leads to are
     * worked out now, from the change in memory, beside the write (whose commit waits for the disk,
     * synchronous=FULL), and shown only once the same change is told committed (dataChanged). Only
     * when nothing else is under way; otherwise the committed change is read as before.
     */
    private void foresee(ResultChange change) {
        foreseen = null;
        if (loading || !onScreen || inputs == null) {
            return;
        }
        ForeseenSave<Foresight> ahead = new ForeseenSave<>(change, requested, foreseenShown);
        foreseen = ahead;
        DashboardChoices chosen = choices.now();
        Set<String> hidden = choices.hidden();
        services.tasks().runBeside(() -> {
            synchronized (data) {
                ChartInputs base = data.latest();
                return data.foresee(change).map(next -> new Foresight(base, computeWith(next, chosen, hidden, true)));
            }
        }, ahead::worked, failure -> ahead.worked(Optional.empty()));
    }

    /* Inputs foreseen from the inputs they apply the change to, and what was computed from them. */
    private record Foresight(ChartInputs base, LoadedAndComputed result) {
    }

    /* How the dashboard's read state takes a foreseen save. */
    private final class ForeseenOutcome implements ForeseenSave.Outcome<Foresight> {

        @Override
        public boolean stillCurrent(long ticket) {
            return !loading && onScreen && ticket == requested;
        }

        @Override
        public void committing() {
            loading = true; // changes meanwhile are read after it, as during a read
            busy.set(true);
        }

        @Override
        public boolean show(Foresight figures, long ticket) {
            boolean adopted;
            synchronized (data) {
                adopted = data.adopt(figures.base(), figures.result().inputs());
            }
            if (adopted) {
                loaded(figures.result(), ticket, true);
            }
            return adopted;
        }

        @Override
        public void readInstead(ResultChange change) {
            loading = false;
            Database database = services.database();
            load(() -> data.apply(database, change), false);
        }
    }

    /* A read of the database and the dashboard computed from it with the filters it leads to. */
    private record LoadedAndComputed(ChartInputs inputs, Optional<DashboardFilters> filters,
                                     Optional<DashboardSnapshot> computed) {
    }

    private void readAgainIfAsked() {
        if (readAgain) {
            boolean everything = readAgainEverything;
            readAgain = false;
            readAgainEverything = false;
            if (everything) {
                reload();
            } else {
                Database database = services.database();
                load(() -> data.reloadResults(database), false);
            }
        }
    }

    private void recompute() {
        if (!onScreen) {
            figuresOutdated = true;
            return;
        }
        if (inputs == null) {
            catchingUp.set(false);
            return;
        }
        ChartInputs current = inputs;
        Optional<DashboardFilters> filters = filters(current);
        if (filters.isEmpty()) {
            catchingUp.set(false);
            return;
        }
        message.set("");
        long ticket = ++requested;
        busy.set(true);
        services.tasks().run(() -> {
            synchronized (data) {
                return DashboardCalculator.compute(current, filters.get(), keptSeries, keptAlertTexts, keptTiles);
            }
        }, computed -> {
            if (ticket == requested) {
                snapshot.set(computed);
                busy.set(false);
                catchingUp.set(false);
            }
        }, this::failed);
    }

    private Optional<DashboardFilters> filters(ChartInputs current) {
        DashboardChoices chosen = choices.now();
        if (!current.hasNoResults() && (chosen.from() == null || chosen.to() == null)) {
            message.set(TEXT.get("period.choose"));
            return Optional.empty();
        }
        if (!current.hasNoResults() && chosen.to().isBefore(chosen.from())) {
            message.set(TEXT.format("period.backwards", ChartText.date(chosen.to()), ChartText.date(chosen.from())));
            return Optional.empty();
        }
        return chosen.filters(current, choices.hidden(), LocalDate.now(services.clock()));
    }

    private void failed(Throwable failure) {
        busy.set(false);
        catchingUp.set(false);
        String detail = failure instanceof StoreException store ? store.getMessage()
                : failure.getClass().getSimpleName() + ": " + failure.getMessage();
        message.set(TEXT.format("update.failed", detail));
    }
}
