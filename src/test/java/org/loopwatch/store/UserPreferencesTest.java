package org.loopwatch.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Language, theme and zoom survive a restart; a missing or damaged file never stops the app. */
class UserPreferencesTest {

    @TempDir
    Path folder;

    @Test
    void whatIsWrittenIsReadBackOnTheNextStart() {
        Path file = folder.resolve("new-folder").resolve("preferences.properties");
        UserPreferences chosen = UserPreferences.defaults().withLanguage(Optional.of(Locale.SIMPLIFIED_CHINESE))
                .withTheme("dark").withZoom(150);

        chosen.write(file);

        assertThat(UserPreferences.read(file)).isEqualTo(chosen);
        assertThat(UserPreferences.read(file).language()).contains(Locale.forLanguageTag("zh-CN"));
    }

    @Test
    void noFileMeansTheSystemLanguageTheLightThemeAndFullSize() {
        assertThat(UserPreferences.read(folder.resolve("none.properties"))).isEqualTo(UserPreferences.defaults());
        assertThat(UserPreferences.defaults().language()).isEmpty();
        assertThat(UserPreferences.defaults().theme()).isEqualTo("light");
        assertThat(UserPreferences.defaults().zoom()).isEqualTo(100);
    }

    @Test
    void eachWrongValueFallsBackAloneAndTheRestIsKept() throws Exception {
        Path file = folder.resolve("preferences.properties");
        Files.writeString(file, "language=zh-CN\ntheme=Dark Mode!\nzoom=1000\n", StandardCharsets.UTF_8);

        UserPreferences read = UserPreferences.read(file);

        assertThat(read.language()).contains(Locale.forLanguageTag("zh-CN"));
        assertThat(read.theme()).isEqualTo("light");
        assertThat(read.zoom()).isEqualTo(100);
    }

    @Test
    void choosingTheSystemLanguageAgainIsKeptAsSuch() {
        Path file = folder.resolve("preferences.properties");
        UserPreferences.defaults().withLanguage(Optional.of(Locale.ENGLISH)).withLanguage(Optional.empty()).write(file);

        assertThat(UserPreferences.read(file).language()).isEmpty();
    }

    @Test
    void aZoomOutsideTheStepsIsRefusedWithTheSteps() {
        assertThatThrownBy(() -> UserPreferences.defaults().withZoom(300))
                .hasMessageContaining("80").hasMessageContaining("200").hasMessageContaining("300");
    }

    @Test
    void aFileThatCannotBeWrittenSaysWhereAndLeavesNoPartBehind() throws Exception {
        Path folderInTheWay = folder.resolve("preferences.properties");
        Files.createDirectory(folderInTheWay);
        Files.writeString(folderInTheWay.resolve("child"), "x");

        assertThatThrownBy(() -> UserPreferences.defaults().write(folderInTheWay))
                .hasMessageContaining(folderInTheWay.toString());
        try (var files = Files.list(folder)) {
            assertThat(files.map(path -> path.getFileName().toString())).containsExactly("preferences.properties");
        }
    }
}
