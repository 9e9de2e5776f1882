package org.loopwatch.ui.settings;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.loopwatch.domain.ConfidenceLevel;
import org.loopwatch.domain.IntervalMethod;
import org.loopwatch.domain.RollingWindow;
import org.loopwatch.domain.StageChoice;
import org.loopwatch.store.SettingsRepository;

/**
 * The defaults the dashboard and exports start from: rolling window, CI method and CI level. The
 * choices are saved together on request, so stepping through a drop-down with the arrow keys
 * does not write (and audit) every value on the way.
 */
public final class DefaultsViewModel {

    private static final org.loopwatch.domain.text.Texts TEXT = org.loopwatch.domain.text.Texts.of(DefaultsViewModel.class);

    private final SectionWork work;
    private final ObjectProperty<RollingWindow> window = new SimpleObjectProperty<>(RollingWindow.DEFAULT);
    private final ObjectProperty<IntervalMethod> method = new SimpleObjectProperty<>(IntervalMethod.WILSON);
    private final ObjectProperty<ConfidenceLevel> level = new SimpleObjectProperty<>(ConfidenceLevel.NINETY_FIVE);
    private final ObjectProperty<StageChoice> stage = new SimpleObjectProperty<>(StageChoice.DEFAULT);
    private final ObjectProperty<Defaults> saved = new SimpleObjectProperty<>(
            new Defaults(RollingWindow.DEFAULT, IntervalMethod.WILSON, ConfidenceLevel.NINETY_FIVE, StageChoice.DEFAULT));
    private final BooleanBinding dirty;
    private final BooleanBinding canSave;

    DefaultsViewModel(SectionWork work) {
        this.work = work;
        dirty = Bindings.createBooleanBinding(() -> !form().equals(saved.get()), window, method, level, stage,
                saved);
        canSave = dirty.and(work.busyProperty().not());
    }

    public SectionWork work() {
        return work;
    }

    public List<RollingWindow> windowChoices() {
        return List.of(RollingWindow.values());
    }

    public List<IntervalMethod> methodChoices() {
        return List.of(IntervalMethod.values());
    }

    public List<ConfidenceLevel> levelChoices() {
        return ConfidenceLevel.CHOICES;
    }

    public ObjectProperty<RollingWindow> windowProperty() {
        return window;
    }

    public ObjectProperty<IntervalMethod> methodProperty() {
        return method;
    }

    public ObjectProperty<ConfidenceLevel> levelProperty() {
        return level;
    }

    public List<StageChoice> stageChoices() {
        return List.of(StageChoice.values());
    }

    /** The stages the dashboard shows first: arrival and in-loop apart unless chosen otherwise. */
    public ObjectProperty<StageChoice> stageProperty() {
        return stage;
    }

    /** True when a choice differs from the saved default. */
    public BooleanBinding dirtyProperty() {
        return dirty;
    }

    public BooleanBinding canSaveProperty() {
        return canSave;
    }

    /** Reads the saved defaults; choices not yet saved are kept. */
    public void load() {
        SettingsRepository settings = work.services().database().settings();
        work.read(() -> read(settings), stored -> {
            boolean keepChoices = dirty.get();
            saved.set(stored);
            if (!keepChoices) {
                show(stored);
            }
        });
    }

    public void save() {
        Defaults wanted = form();
        if (wanted.window() == null || wanted.method() == null || wanted.level() == null || wanted.stage() == null) {
            work.refuse(TEXT.get("defaults.choose"));
            return;
        }
        SettingsRepository settings = work.services().database().settings();
        work.write(() -> {
            // Each put writes (and audits) only a value that changed.
            settings.setRollingWindowDays(wanted.window().days());
            settings.setIntervalMethod(wanted.method());
            settings.setConfidenceLevel(wanted.level());
            settings.setDefaultStage(wanted.stage());
            return read(settings);
        }, stored -> {
            saved.set(stored);
            show(stored);
        }, stored -> TEXT.format("defaults.saved", windowLabel(stored.window()), stored.method().label(),
                levelLabel(stored.level())));
    }

    /** Puts the choices back to the saved defaults. */
    public void revert() {
        show(saved.get());
        work.clearMessage();
    }

    /** E.g. "7 days". */
    public static String windowLabel(RollingWindow window) {
        return TEXT.format("defaults.days", window.days());
    }

    /** E.g. "95 %". */
    public static String levelLabel(ConfidenceLevel level) {
        return TEXT.format("defaults.percent", level.percent());
    }

    private Defaults form() {
        return new Defaults(window.get(), method.get(), level.get(), stage.get());
    }

    private void show(Defaults defaults) {
        window.set(defaults.window());
        method.set(defaults.method());
        level.set(defaults.level());
        stage.set(defaults.stage());
    }

    private static Defaults read(SettingsRepository settings) {
        return new Defaults(RollingWindow.ofDays(settings.rollingWindowDays()).orElse(RollingWindow.DEFAULT),
                settings.intervalMethod(), settings.confidenceLevel(), settings.defaultStage());
    }

    private record Defaults(RollingWindow window, IntervalMethod method, ConfidenceLevel level, StageChoice stage) {
    }
}
