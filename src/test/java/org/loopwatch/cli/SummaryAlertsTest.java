package org.loopwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.loopwatch.domain.DailyResult;
import org.loopwatch.domain.Stage;
import org.loopwatch.store.Database;
import org.loopwatch.store.OpenMode;

/** {@code summary --json}: rows carry their flags, each explaining itself (issue 21). */
class SummaryAlertsTest {

    private static final LocalDate JUMP = LocalDate.of(2022, 2, 1);

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private String summaryJson(Path file, String... more) {
        out.reset();
        String[] args = new String[3 + more.length];
        args[0] = "--db";
        args[1] = file.toString();
        args[2] = "summary";
        System.arraycopy(more, 0, args, 3, more.length);
        String[] withJson = java.util.Arrays.copyOf(args, args.length + 1);
        withJson[args.length] = "--json";
        int code = new CommandLine(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)).run(withJson);
        assertThat(code).isZero();
        return out.toString(StandardCharsets.UTF_8);
    }

    private Path database(java.util.function.BiConsumer<Database, Long> fill) {
        Path file = folder.resolve("alerts.db");
        try (Database database = Database.open(file, OpenMode.CREATE_IF_MISSING)) {
            fill.accept(database, database.groups().findByName("Operating staff").orElseThrow().id());
        }
        return file;
    }

    @Test
    void aJumpAfterTwoWeeksIsAFlagThatExplainsItselfInItsRowAndInTheList() {
        Path file = database((database, staff) -> {
            for (int back = 14; back >= 1; back--) {
                database.results().insert(new DailyResult(JUMP.minusDays(back), staff, Stage.IN_LOOP, 1000, 1, ""));
            }
            database.results().insert(new DailyResult(JUMP, staff, Stage.IN_LOOP, 1000, 8, ""));
        });

        String json = summaryJson(file);

        String flag = "{\"group\": \"Operating staff\", \"stage\": \"in_loop\", \"from\": \"2022-02-01\", "
                + "\"to\": \"2022-02-01\", \"date\": \"2022-02-01\", \"tests\": 1000, \"positives\": 8, "
                + "\"baseline_days\": 14, \"baseline_tests\": 14000, \"baseline_positives\": 14, "
                + "\"baseline_positivity\": 0.001, \"p0\": 0.00103564";
        assertThat(json).contains(flag);
        assertThat(json).contains("\"p_value\": 1.28693778937", "\"alpha\": 0.01, \"min_positives\": 2, \"threshold\": null, "
                + "\"reasons\": [\"unusual_for_baseline\"], \"explanation\": \"Operating staff, In-loop, 1 Feb: "
                + "8 positives in 1,000 tests (0.80 %); baseline 14 of 14,000 on 14 of the 14 days before");
        // In the group's in-loop row, in the group's "all" row, in the "*" rows, and once in the list.
        assertThat(json.split(java.util.regex.Pattern.quote(flag), -1)).hasSize(1 + 4 + 1);
        assertThat(json).contains("{\"group\": \"Operating staff\", \"stage\": \"arrival\", \"tests\": 0, "
                + "\"positives\": 0, \"positivity\": null, \"ci_low\": null, \"ci_high\": null, \"flags\": []}");
    }

    @Test
    void theBriefingExplainsEachAlertUnderItsSummaryTable() throws Exception {
        Path file = database((database, staff) -> {
            for (int back = 14; back >= 1; back--) {
                database.results().insert(new DailyResult(JUMP.minusDays(back), staff, Stage.IN_LOOP, 1000, 1, ""));
            }
            database.results().insert(new DailyResult(JUMP, staff, Stage.IN_LOOP, 1000, 8, ""));
        });
        Path pdf = folder.resolve("briefing.pdf");

        int code = new CommandLine(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))
                .run("--db", file.toString(), "export", "briefing", "--out", pdf.toString());

        assertThat(code).isZero();
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            org.apache.pdfbox.text.PDFTextStripper stripper = new org.apache.pdfbox.text.PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            String firstPage = stripper.getText(document).replaceAll("\\s+", " ");
            assertThat(firstPage).contains("Alerts in the period (1)",
                    "Operating staff, In-loop, 1 Feb: 8 positives in 1,000 tests (0.80 %)",
                    "P(X ≥ 8) = 0.000013, below α 0.01");
        }
    }

    @Test
    void theTokyoSecondDayIsNoFlag() {
        Path file = database((database, staff) -> {
            database.results().insert(new DailyResult(LocalDate.of(2021, 7, 16), staff, Stage.ARRIVAL, 2_290, 0, ""));
            database.results().insert(new DailyResult(LocalDate.of(2021, 7, 17), staff, Stage.ARRIVAL, 3_487, 3, ""));
        });

        String json = summaryJson(file);

        assertThat(json).contains("\"flags\": []").doesNotContain("\"explanation\"");
    }
}
