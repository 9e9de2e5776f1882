package org.loopwatch.ui.settings;

import java.util.Arrays;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.loopwatch.domain.text.Texts;
import org.loopwatch.store.UserPreferences;
import org.loopwatch.ui.AppearanceViewModel;
import org.loopwatch.ui.AppearanceViewModel.LanguageChoice;
import org.loopwatch.ui.Choices;
import org.loopwatch.ui.Theme;

/**
 * Language, theme and zoom (SPEC §8: {@code #settingsLanguage #settingsTheme #settingsZoom}). Kept
 * for this user, not in the database; theme and zoom change at once, the language at the next start.
 */
public final class AppearanceSection extends VBox {

    private static final Texts TEXT = Texts.of(AppearanceSection.class);

    public AppearanceSection(AppearanceViewModel appearance) {
        super(12);
        ComboBox<LanguageChoice> language = Choices.of("settingsLanguage", AppearanceViewModel.languageChoices(),
                LanguageChoice::text);
        language.valueProperty().bindBidirectional(appearance.languageProperty());
        ComboBox<Theme> theme = Choices.of("settingsTheme", Arrays.asList(Theme.values()), AppearanceViewModel::nameOf);
        theme.valueProperty().bindBidirectional(appearance.themeProperty());
        ComboBox<Integer> zoom = Choices.of("settingsZoom", UserPreferences.ZOOM_STEPS, AppearanceViewModel::zoomText);
        zoom.setValue(appearance.zoomProperty().get());
        zoom.valueProperty().addListener((observable, before, after) -> {
            if (after != null) {
                appearance.zoomProperty().set(after);
            }
        });
        appearance.zoomProperty().addListener((observable, before, after) -> zoom.setValue(after.intValue()));
        for (ComboBox<?> box : new ComboBox<?>[] {language, theme, zoom}) {
            box.setMaxWidth(Double.MAX_VALUE);
        }
        language.setAccessibleHelp(TEXT.get("appearance.language.help"));
        theme.setAccessibleHelp(TEXT.get("appearance.theme.help"));
        zoom.setAccessibleHelp(TEXT.get("appearance.zoom.help"));

        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(8);
        form.addRow(0, SectionLayout.labelFor(TEXT.get("appearance.language"), language), language);
        form.addRow(1, SectionLayout.labelFor(TEXT.get("appearance.theme"), theme), theme);
        form.addRow(2, SectionLayout.labelFor(TEXT.get("appearance.zoom"), zoom), zoom);

        Label note = new Label();
        note.setId("settingsLanguageNote");
        note.getStyleClass().add("section-purpose");
        note.setWrapText(true);
        note.textProperty().bind(appearance.languageNoteProperty());
        note.visibleProperty().bind(note.textProperty().isNotEmpty());
        note.managedProperty().bind(note.visibleProperty());
        Label keys = new Label(TEXT.get("appearance.zoom.keys"));
        keys.getStyleClass().add("section-purpose");
        keys.setWrapText(true);
        getChildren().addAll(form, note, keys);
    }

    /** The card of the Appearance tab. */
    public static VBox card(AppearanceViewModel appearance) {
        return SectionLayout.card(TEXT.get("appearance.title"), TEXT.get("appearance.purpose"),
                new AppearanceSection(appearance));
    }
}
