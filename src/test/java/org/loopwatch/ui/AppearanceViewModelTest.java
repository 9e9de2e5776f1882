package org.loopwatch.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.loopwatch.store.UserPreferences;

/** Theme, zoom and language as chosen in Settings or with the keyboard, and kept for the next start. */
class AppearanceViewModelTest {

    private final List<UserPreferences> saved = new ArrayList<>();

    @Test
    void zoomGoesByStepsFrom80To200PercentAndStopsThere() {
        AppearanceViewModel appearance = new AppearanceViewModel(UserPreferences.defaults(), Locale.ENGLISH, saved::add);

        appearance.zoomIn();
        assertThat(appearance.zoomProperty().get()).isEqualTo(110);
        for (int i = 0; i < 10; i++) {
            appearance.zoomIn();
        }
        assertThat(appearance.zoomProperty().get()).isEqualTo(200);
        for (int i = 0; i < 10; i++) {
            appearance.zoomOut();
        }
        assertThat(appearance.zoomProperty().get()).isEqualTo(80);
        appearance.resetZoom();
        assertThat(appearance.zoomProperty().get()).isEqualTo(100);
        assertThat(saved.getLast().zoom()).isEqualTo(100);
    }

    @Test
    void eachChangeIsKeptAndTheStoredChoicesAreWhereItStarts() {
        UserPreferences stored = UserPreferences.defaults().withTheme("dark").withZoom(125);
        AppearanceViewModel appearance = new AppearanceViewModel(stored, Locale.ENGLISH, saved::add);
        assertThat(appearance.themeProperty().get()).isEqualTo(Theme.DARK);
        assertThat(appearance.zoomProperty().get()).isEqualTo(125);

        appearance.themeProperty().set(Theme.HIGH_CONTRAST);
        appearance.languageProperty().set(new AppearanceViewModel.LanguageChoice(Optional.of(Locale.SIMPLIFIED_CHINESE)));

        assertThat(saved).hasSize(2);
        assertThat(saved.getLast()).isEqualTo(stored.withTheme("high-contrast")
                .withLanguage(Optional.of(Locale.SIMPLIFIED_CHINESE)));
    }

    @Test
    void anotherLanguageIsPromisedForTheNextStartAndTheOneInUseNeedsNoWord() {
        AppearanceViewModel appearance = new AppearanceViewModel(UserPreferences.defaults(), Locale.ENGLISH, saved::add);
        appearance.languageProperty().set(new AppearanceViewModel.LanguageChoice(Optional.of(Locale.ENGLISH)));
        assertThat(appearance.languageNoteProperty().get()).isEmpty();

        appearance.languageProperty().set(new AppearanceViewModel.LanguageChoice(Optional.of(Locale.SIMPLIFIED_CHINESE)));

        assertThat(appearance.languageNoteProperty().get()).contains("简体中文", "next start");
    }

    @Test
    void theLanguageListOffersTheSystemsThenEachLanguageInItsOwnWords() {
        assertThat(AppearanceViewModel.languageChoices()).extracting(AppearanceViewModel.LanguageChoice::text)
                .hasSize(3).contains("English", "简体中文").first().asString().startsWith("As the system");
    }
}
