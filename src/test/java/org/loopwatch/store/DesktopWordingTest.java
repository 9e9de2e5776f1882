package org.loopwatch.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.loopwatch.domain.text.Texts;

/**
 * A refused file is explained twice: for the command line ("open another file with --db") and
 * for the window, where the same message ends by pointing to the File menu (issue 15's leftover:
 * the desktop showed "--db" in its dialogs).
 */
class DesktopWordingTest {

    @TempDir
    Path folder;

    @AfterEach
    void english() {
        Texts.useLanguage(Locale.ENGLISH);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "zh-CN"})
    void aFileThatIsNotADatabaseNamesTheFileMenuInTheWindowAndDbOnTheCommandLine(String language) throws Exception {
        Texts.useLanguage(Locale.forLanguageTag(language));
        Path text = folder.resolve("notes.db");
        Files.writeString(text, "not a database at all, just some words that fill more than a header");

        StoreException refused = catchThrowableOfType(StoreException.class,
                () -> Database.open(text, OpenMode.CREATE_IF_MISSING));

        assertThat(refused.getMessage()).contains("--db");
        assertSaysWhatToDoInTheWindow(refused, language);
        assertThat(refused.desktopMessage()).startsWith(text.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "zh-CN"})
    void aFileOpenInThisAppNamesTheFileMenuInTheWindow(String language) {
        Texts.useLanguage(Locale.forLanguageTag(language));
        Path file = folder.resolve("loopwatch.db");
        try (Database open = Database.open(file, OpenMode.CREATE_IF_MISSING)) {
            assertThat(open.file()).isEqualTo(file);
            StoreException refused = catchThrowableOfType(StoreException.class,
                    () -> Database.open(file, OpenMode.MUST_EXIST).close());

            assertThat(refused.kind()).isEqualTo(StoreException.Problem.LOCKED);
            assertThat(refused.getMessage()).contains("--db");
            assertSaysWhatToDoInTheWindow(refused, language);
        }
    }

    @Test
    void aProblemWithoutACommandLineHintReadsTheSameInBoth() {
        Path missing = folder.resolve("typo.db");
        StoreException refused = catchThrowableOfType(StoreException.class,
                () -> Database.open(missing, OpenMode.MUST_EXIST));

        // A missing file only happens from the command line (the window creates its database).
        assertThat(refused.desktopMessage()).isEqualTo(refused.getMessage());
    }

    private static void assertSaysWhatToDoInTheWindow(StoreException refused, String language) {
        assertThat(refused.desktopMessage()).doesNotContain("--db")
                .contains(language.equals("en") ? "File menu" : "“文件”菜单");
    }
}
