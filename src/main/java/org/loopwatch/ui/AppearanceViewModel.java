package org.loopwatch.ui;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.loopwatch.domain.text.Texts;
import org.loopwatch.store.UserPreferences;

/**
 * How the window reads — language, theme, zoom — as chosen in Settings or with Ctrl+Plus/Minus,
 * and kept for the next start. Theme and zoom apply at once; a new language on the next start
 * (every text is read once, when its screen is built).
 */
public final class AppearanceViewModel {

    private static final Texts TEXT = Texts.of(AppearanceViewModel.class);

    /** A language choice: the system's, or one LoopWatch is written in. */
    public record LanguageChoice(Optional<Locale> language) {

        /** "As the system (English)", "English", "简体中文": each language named in its own words. */
        public String text() {
            return language.map(AppearanceViewModel::nameOf)
                    .orElseGet(() -> TEXT.format("language.system", nameOf(Texts.supportedFor(Locale.getDefault()))));
        }
    }

    private final ObjectProperty<LanguageChoice> language = new SimpleObjectProperty<>(this, "language");
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme", Theme.LIGHT);
    private final IntegerProperty zoom = new SimpleIntegerProperty(this, "zoom", UserPreferences.DEFAULT_ZOOM);
    private final ReadOnlyStringWrapper languageNote = new ReadOnlyStringWrapper(this, "languageNote", "");
    private final Locale languageInUse;
    private UserPreferences saved;

    /**
     * @param stored        the preferences read at start
     * @param languageInUse the language this run shows (which {@code --lang} may have set)
     * @param save          keeps changed preferences; called on the FX thread, it should write off it
     */
    public AppearanceViewModel(UserPreferences stored, Locale languageInUse, Consumer<UserPreferences> save) {
        this.saved = stored;
        this.languageInUse = languageInUse;
        language.set(new LanguageChoice(stored.language().map(Texts::supportedFor)));
        theme.set(Theme.fromCode(stored.theme()).orElse(Theme.LIGHT));
        zoom.set(stored.zoom());
        language.addListener((observable, before, after) -> {
            updateLanguageNote();
            keep(saved.withLanguage(after.language()), save);
        });
        theme.addListener((observable, before, after) -> keep(saved.withTheme(after.code()), save));
        zoom.addListener((observable, before, after) -> keep(saved.withZoom(after.intValue()), save));
        updateLanguageNote();
    }

    /** The choices of Settings → Language: the system's, then each language LoopWatch is written in. */
    public static List<LanguageChoice> languageChoices() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(new LanguageChoice(Optional.empty())),
                Texts.SUPPORTED.stream().map(locale -> new LanguageChoice(Optional.of(locale)))).toList();
    }

    public ObjectProperty<LanguageChoice> languageProperty() {
        return language;
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    /** The zoom in percent, one of {@link UserPreferences#ZOOM_STEPS}. */
    public IntegerProperty zoomProperty() {
        return zoom;
    }

    /** Says when the chosen language differs from the one on screen that it comes at the next start. */
    public ReadOnlyStringProperty languageNoteProperty() {
        return languageNote.getReadOnlyProperty();
    }

    /** The next larger zoom step; stays at 200 %. */
    public void zoomIn() {
        List<Integer> steps = UserPreferences.ZOOM_STEPS;
        zoom.set(steps.get(Math.min(steps.size() - 1, steps.indexOf(zoom.get()) + 1)));
    }

    /** The next smaller zoom step; stays at 80 %. */
    public void zoomOut() {
        List<Integer> steps = UserPreferences.ZOOM_STEPS;
        zoom.set(steps.get(Math.max(0, steps.indexOf(zoom.get()) - 1)));
    }

    public void resetZoom() {
        zoom.set(UserPreferences.DEFAULT_ZOOM);
    }

    /** The name of a theme in the interface language. */
    public static String nameOf(Theme theme) {
        return TEXT.get(theme.textKey());
    }

    /** A zoom step as people read it, e.g. "125 %". */
    public static String zoomText(int percent) {
        return TEXT.format("zoom.percent", percent);
    }

    private static String nameOf(Locale language) {
        return Texts.of(Texts.class).get("language." + Texts.supportedFor(language).toLanguageTag());
    }

    private void updateLanguageNote() {
        Locale chosen = language.get().language().orElseGet(() -> Texts.supportedFor(Locale.getDefault()));
        languageNote.set(Texts.supportedFor(chosen).equals(languageInUse) ? "" : TEXT.format("language.nextStart",
                nameOf(chosen)));
    }

    private void keep(UserPreferences changed, Consumer<UserPreferences> save) {
        if (!changed.equals(saved)) {
            saved = changed;
            save.accept(changed);
        }
    }
}
