package org.loopwatch.ui.compare;

import java.time.LocalDate;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.loopwatch.domain.ComparisonCalculator;
import org.loopwatch.domain.ComparisonText;
import org.loopwatch.domain.ConfidenceLevel;
import org.loopwatch.domain.GroupComparison;
import org.loopwatch.domain.IntervalMethod;
import org.loopwatch.domain.text.Texts;
import org.loopwatch.report.chart.ChartInputs;
import org.loopwatch.report.chart.ChartSubject;
import org.loopwatch.report.chart.StageFilter;
import org.loopwatch.store.StoreException;
import org.loopwatch.ui.AppServices;
import org.loopwatch.ui.RefreshWhileShown;

/**
 * Two groups or rollups over one period and stage: both rates with intervals, rate ratio,
 * difference and Fisher's exact p ({@link ComparisonCalculator}). Reads the database on the
 * background thread after every committed change, and computes there too (Fisher's test on
 * hundreds of thousands of tests is not instant).
 */
public final class CompareViewModel {

    private static final Texts TEXT = Texts.of(CompareViewModel.class);

    private final AppServices services;
    private final ObservableList<ChartSubject> subjects = FXCollections.observableArrayList();
    private final ObjectProperty<ChartSubject> a = new SimpleObjectProperty<>();
    private final ObjectProperty<ChartSubject> b = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    // In-loop by default: summing both stages mixes two denominators (SPEC §4), so it is only ever chosen.
    private final ObjectProperty<StageFilter> stage = new SimpleObjectProperty<>(StageFilter.IN_LOOP);
    private final ObjectProperty<IntervalMethod> method = new SimpleObjectProperty<>(IntervalMethod.WILSON);
    private final ObjectProperty<ConfidenceLevel> level = new SimpleObjectProperty<>(ConfidenceLevel.NINETY_FIVE);
    private final ReadOnlyObjectWrapper<GroupComparison> comparison = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ComparisonTexts> texts = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final RefreshWhileShown refresh = new RefreshWhileShown(this::reload);
    private final InvalidationListener onDataChanged = observable -> refresh.changed();

    private ChartInputs inputs;
    private boolean applyingDefaults;
    private boolean datesChosen;
    private long requested;

    public CompareViewModel(AppServices services) {
        this.services = services;
        // Change listeners: a date picker losing focus sets an equal date again, which is no choice.
        for (ObjectProperty<?> property : List.of(a, b, stage, method, level)) {
            property.addListener((observable, before, after) -> choiceChanged(false));
        }
        from.addListener((observable, before, after) -> choiceChanged(true));
        to.addListener((observable, before, after) -> choiceChanged(true));
        services.changes().versionProperty().addListener(new WeakInvalidationListener(onDataChanged));
        reload();
    }

    /** Tells the screen whether it is shown: hidden, it reads the data again only once shown. */
    public void shown(boolean shown) {
        refresh.shown(shown);
    }

    public ObservableList<ChartSubject> subjects() {
        return FXCollections.unmodifiableObservableList(subjects);
    }

    public ObjectProperty<ChartSubject> aProperty() {
        return a;
    }

    public ObjectProperty<ChartSubject> bProperty() {
        return b;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public ObjectProperty<StageFilter> stageProperty() {
        return stage;
    }

    public ObjectProperty<IntervalMethod> methodProperty() {
        return method;
    }

    public ObjectProperty<ConfidenceLevel> levelProperty() {
        return level;
    }

    /** The latest comparison; null while the choices are incomplete or wrong. */
    public ReadOnlyObjectProperty<GroupComparison> comparisonProperty() {
        return comparison.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<ComparisonTexts> textsProperty() {
        return texts.getReadOnlyProperty();
    }

    /** What is wrong with the choices, or why nothing is shown; empty when a result is shown. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /**
     * What Copy result puts on the clipboard: the sentence naming stage and period, every figure
     * with its interval, and how they were computed; empty while no result is shown.
     */
    public String resultText() {
        return texts.get() == null ? "" : texts.get().clipboard();
    }

    /** True while a result is shown, so there is something to copy. */
    public BooleanBinding hasResult() {
        return texts.isNotNull();
    }

    /** Reads the database again and recomputes. */
    public void reload() {
        services.tasks().run(() -> ChartInputs.load(services.database()), loaded -> {
            inputs = loaded;
            applyDefaults(loaded);
            recompute();
        }, this::failed);
    }

    private void choiceChanged(boolean dates) {
        if (applyingDefaults) {
            return;
        }
        datesChosen |= dates;
        recompute();
    }

    private void applyDefaults(ChartInputs loaded) {
        applyingDefaults = true;
        try {
            List<ChartSubject> offered = loaded.subjects();
            if (!offered.equals(subjects)) {
                subjects.setAll(offered);
            }
            a.set(sameOrDefault(a.get(), offered, 0));
            b.set(sameOrDefault(b.get(), offered, 1));
            if (!datesChosen && loaded.index().firstDate().isPresent()) {
                from.set(loaded.countingStart().orElseThrow());
                to.set(loaded.index().lastDate().orElseThrow());
            }
        } finally {
            applyingDefaults = false;
        }
    }

    /** Keeps a chosen subject across reloads (matched by key, so a rename shows the new name). */
    private static ChartSubject sameOrDefault(ChartSubject chosen, List<ChartSubject> offered, int fallback) {
        if (chosen != null) {
            for (ChartSubject subject : offered) {
                if (subject.key().equals(chosen.key())) {
                    return subject;
                }
            }
        }
        return offered.size() > fallback ? offered.get(fallback) : null;
    }

    private void recompute() {
        long ticket = ++requested;
        String problem = problem();
        if (!problem.isEmpty()) {
            comparison.set(null);
            texts.set(null);
            message.set(problem);
            return;
        }
        ChartSubject first = a.get();
        ChartSubject second = b.get();
        var stages = stage.get().stages();
        LocalDate start = from.get();
        LocalDate end = to.get();
        IntervalMethod chosenMethod = method.get();
        ConfidenceLevel chosenLevel = level.get();
        ChartInputs current = inputs;
        services.tasks().run(() -> ComparisonCalculator.compare(current.index(), first.name(),
                first.selection(stages), second.name(), second.selection(stages), start, end, chosenMethod,
                chosenLevel), result -> {
                    if (ticket == requested) {
                        message.set("");
                        comparison.set(result);
                        texts.set(ComparisonTexts.of(result));
                    }
                }, this::failed);
    }

    private String problem() {
        if (inputs == null) {
            return TEXT.get("compare.reading");
        }
        if (inputs.hasNoResults()) {
            return TEXT.get("compare.noResults");
        }
        if (a.get() == null || b.get() == null) {
            return TEXT.get("compare.chooseTwo");
        }
        if (a.get().key().equals(b.get().key())) {
            return TEXT.format("compare.chosenTwice", a.get().name());
        }
        if (from.get() == null || to.get() == null) {
            return TEXT.get("compare.chooseDays");
        }
        if (to.get().isBefore(from.get())) {
            return TEXT.format("compare.periodReversed", ComparisonText.period(to.get(), to.get()),
                    ComparisonText.period(from.get(), from.get()));
        }
        return "";
    }

    private void failed(Throwable failure) {
        String detail = failure instanceof StoreException store ? store.getMessage()
                : failure.getClass().getSimpleName() + ": " + failure.getMessage();
        message.set(TEXT.format("compare.failed", detail));
    }
}
