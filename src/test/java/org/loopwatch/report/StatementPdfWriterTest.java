package org.loopwatch.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.loopwatch.domain.text.Texts;
import org.loopwatch.store.Database;
import org.loopwatch.store.OpenMode;

/** The daily statement's one-page PDF, read back as text. */
class StatementPdfWriterTest {

    @TempDir
    Path folder;

    private final Locale before = Texts.language();

    @AfterEach
    void restoreLanguage() {
        Texts.useLanguage(before);
    }

    @Test
    void aDayNotReportedReadsNotReportedInThePdfAndTheEventAndProvenanceAreThere() throws Exception {
        Path file = ExportFixtures.publishedJanuary(folder);
        Path pdf = folder.resolve("statement.pdf");
        StatementPage page;
        try (Database database = Database.open(file, OpenMode.MUST_EXIST, ExportFixtures.CLOCK)) {
            // The clock's today is 23 January: due, and not entered.
            page = StatementExport.writePdf(database, Optional.of(LocalDate.of(2022, 1, 23)), ExportFixtures.CLOCK, pdf);
        }

        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo(page.title());
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Daily statement for 2022-01-23", ExportFixtures.EVENT,
                    "Operating staff: not reported on the day; since loop start 2,415 arrivals tested, 39 positive.",
                    "never counted as 0 tests", "Data as of ");
        }
    }

    @Test
    void aLongStatementIsSetSmallerToStayOnOnePage() throws Exception {
        List<StatementPage.Section> sections = new ArrayList<>();
        for (String stage : List.of("Arrival (airport) screening", "In-loop screening")) {
            List<String> lines = new ArrayList<>();
            for (int group = 1; group <= 40; group++) {
                lines.add("Group " + group + ": 1,234 tests, 5 positive; since loop start 123,456 tests, 78 positive.");
            }
            sections.add(new StatementPage.Section(stage, lines));
        }
        Path pdf = folder.resolve("long.pdf");

        StatementPdfWriter.write(new StatementPage("Daily statement", "Event", sections, List.of("footer")), pdf);

        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            assertThat(new PDFTextStripper().getText(document)).contains("Group 40: 1,234 tests", "footer");
        }
    }

    @Test
    void aDatabaseWithoutResultsHasNoStatementAndSaysWhatToDo() throws Exception {
        Path empty = folder.resolve("empty.db");
        try (Database database = Database.open(empty, OpenMode.CREATE_IF_MISSING, ExportFixtures.CLOCK)) {
            assertThatThrownBy(() -> StatementExport.statement(database, Optional.empty(), ExportFixtures.CLOCK))
                    .isInstanceOf(ExportInputException.class).hasMessageContaining("Import or enter results first");
        }
    }
}
