package org.loopwatch.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The export dialog's custom size takes the digits a Chinese input method types (issue 18). */
class ExportSizeTypingTest {

    @Test
    void fullWidthDigitsAreAWholeNumberOfPixels() {
        assertThat(FxExportDialogs.sizeProblem("１９２０", "１０８０", 1)).isEmpty();
        assertThat(FxExportDialogs.sizeProblem("1920", "１０８０", 2)).isEmpty();
        assertThat(FxExportDialogs.sizeProblem("一九二〇", "1080", 1)).isNotEmpty();
    }
}
