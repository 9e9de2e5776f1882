package org.loopwatch.report;

import static org.assertj.core.api.Assertions.assertThat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.loopwatch.domain.text.Texts;

/**
 * Embedding the Chinese fonts says nothing: FontBox's warning that it ignores Noto Sans SC's
 * variation-sequence table came on the command line's stderr, four times per Chinese briefing.
 */
class PdfFontsQuietTest {

    private final Logger fontBox = Logger.getLogger("org.apache.fontbox");
    private final List<LogRecord> published = new ArrayList<>();
    private final Handler recorder = new Handler() {
        @Override
        public void publish(LogRecord record) {
            published.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @AfterEach
    void english() {
        fontBox.removeHandler(recorder);
        Texts.useLanguage(Locale.ENGLISH);
    }

    @Test
    void chineseFontsAreParsedAndEmbeddedWithoutWarnings() throws Exception {
        fontBox.addHandler(recorder);
        Texts.useLanguage(Locale.SIMPLIFIED_CHINESE);

        try (PDDocument document = new PDDocument()) {
            PdfFonts fonts = PdfFonts.embed(document);
            assertThat(fonts.regular().width("运动员", 10)).isPositive();
        }

        assertThat(published).extracting(LogRecord::getMessage).isEmpty();
    }
}
