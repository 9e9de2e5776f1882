package org.loopwatch.ui.dashboard;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.loopwatch.domain.ConfidenceLevel;
import org.loopwatch.domain.IntervalMethod;
import org.loopwatch.domain.RollingWindow;
import org.loopwatch.domain.StageChoice;
import org.loopwatch.report.chart.ChartInputs;
import org.loopwatch.report.chart.ChartSubject;

/**
 * The dashboard's filters as the person sets them: period, stage, rolling window, interval method,
 * confidence level, and the groups and rollups hidden. Each filter remembers whether the person
 * chose it. A read of new data then moves only the ones they did not choose to their defaults
 * ({@link DashboardChoices#withDefaults}): the period keeps ending on the last day with data, and
 * the rest follow Settings. Setting the defaults is not a choice and asks for no recomputation.
 * FX thread only; {@link #now()} is what the background thread computes with.
 */
final class DashboardFilterChoices {

    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ObjectProperty<StageChoice> stage = new SimpleObjectProperty<>(StageChoice.DEFAULT);
    private final ObjectProperty<RollingWindow> window = new SimpleObjectProperty<>(RollingWindow.DEFAULT);
    private final ObjectProperty<IntervalMethod> method = new SimpleObjectProperty<>(IntervalMethod.WILSON);
    private final ObjectProperty<ConfidenceLevel> level = new SimpleObjectProperty<>(ConfidenceLevel.NINETY_FIVE);
    private final ObservableList<ChartSubject> subjects = FXCollections.observableArrayList();
    private final ObservableList<ChartSubject> subjectsShown = FXCollections.unmodifiableObservableList(subjects);
    private final Set<String> hiddenSubjects = new HashSet<>();
    private final Runnable changed;
    private boolean applyingDefaults;
    private boolean datesChosen;
    private boolean windowChosen;
    private boolean methodChosen;
    private boolean levelChosen;
    private boolean stageChosen;

    /** @param changed runs after each change the person makes (a filter set, a group shown or hidden) */
    DashboardFilterChoices(Runnable changed) {
        this.changed = changed;
        // Change listeners, not invalidation listeners: a date picker losing focus sets an equal
        // date again, which must neither count as a choice nor recompute.
        from.addListener((observable, before, after) -> chosen(() -> datesChosen = true));
        to.addListener((observable, before, after) -> chosen(() -> datesChosen = true));
        window.addListener((observable, before, after) -> chosen(() -> windowChosen = true));
        method.addListener((observable, before, after) -> chosen(() -> methodChosen = true));
        level.addListener((observable, before, after) -> chosen(() -> levelChosen = true));
        stage.addListener((observable, before, after) -> chosen(() -> stageChosen = true));
    }

    ObjectProperty<LocalDate> from() {
        return from;
    }

    ObjectProperty<LocalDate> to() {
        return to;
    }

    ObjectProperty<StageChoice> stage() {
        return stage;
    }

    ObjectProperty<RollingWindow> window() {
        return window;
    }

    ObjectProperty<IntervalMethod> method() {
        return method;
    }

    ObjectProperty<ConfidenceLevel> level() {
        return level;
    }

    /** The groups (active ones) and rollups on offer, in display order; read-only. */
    ObservableList<ChartSubject> subjects() {
        return subjectsShown;
    }

    boolean isShown(ChartSubject subject) {
        return !hiddenSubjects.contains(subject.key());
    }

    void setShown(ChartSubject subject, boolean shown) {
        boolean change = shown ? hiddenSubjects.remove(subject.key()) : hiddenSubjects.add(subject.key());
        if (change) {
            changed.run();
        }
    }

    /** The keys of the groups and rollups hidden, as they are now (a copy, for the background thread). */
    Set<String> hidden() {
        return Set.copyOf(hiddenSubjects);
    }

    /** The filters as they are now, with which of them the person chose. */
    DashboardChoices now() {
        return new DashboardChoices(from.get(), to.get(), stage.get(), window.get(), method.get(), level.get(),
                datesChosen, stageChosen, windowChosen, methodChosen, levelChosen);
    }

    /**
     * After a read: the groups and rollups on offer, and each filter the person did not choose set
     * to its default for the data read (the same values the background task worked out with
     * {@link DashboardChoices#withDefaults}).
     */
    void applyDefaults(ChartInputs loaded) {
        applyingDefaults = true;
        try {
            List<ChartSubject> offered = loaded.subjects();
            if (!offered.equals(subjects)) {
                subjects.setAll(offered);
            }
            DashboardChoices wanted = now().withDefaults(loaded);
            window.set(wanted.window());
            method.set(wanted.method());
            level.set(wanted.level());
            stage.set(wanted.stage());
            to.set(wanted.to());
            from.set(wanted.from());
        } finally {
            applyingDefaults = false;
        }
    }

    private void chosen(Runnable markChosen) {
        if (applyingDefaults) {
            return;
        }
        markChosen.run();
        changed.run();
    }
}
