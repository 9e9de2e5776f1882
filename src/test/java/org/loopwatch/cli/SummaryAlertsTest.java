package org.loopwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.loopwatch.domain.AlertRule;
import org.loopwatch.domain.AlertRuleKey;
import org.loopwatch.domain.DailyResult;
import org.loopwatch.domain.Stage;
import org.loopwatch.store.Database;
import org.loopwatch.store.OpenMode;

/** {@code summary --json}: rows carry their flags, each explaining itself (issue 21). */
class SummaryAlertsTest {

    private static final LocalDate JUMP = LocalDate.of(2022, 2, 1);

    @TempDir
    Path folder;

    private final CommandRun cli = new CommandRun();

    private String summaryJson(Path file, String... more) {
        String[] args = new String[3 + more.length];
        args[0] = "--db";
        args[1] = file.toString();
        args[2] = "summary";
        System.arraycopy(more, 0, args, 3, more.length);
        String[] withJson = java.util.Arrays.copyOf(args, args.length + 1);
        withJson[args.length] = "--json";
        int code = cli.run(withJson);
        assertThat(code).isZero();
        return cli.stdout();
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
                + "\"positives\": 0, \"positivity\": null, \"ci_low\": null, \"ci_high\": null, \"flags\": [], "
                + "\"no_baseline\": []}");
    }

    /** The notes under the table cover the rolling window's days: the reader is told how many, not "W". */
    @Test
    void theNotesUnderTheTableSayHowManyDaysTheyCoverInEitherLanguage() {
        Path file = database((database, staff) -> {
            database.settings().setRollingWindowDays(14);
            database.results().insert(new DailyResult(JUMP, staff, Stage.IN_LOOP, 1000, 1, ""));
        });

        assertThat(cli.run("--db", file.toString(), "summary")).isZero();
        assertThat(cli.stdout()).contains("last 14 days").contains("unreported days (last 14 days, as on the dashboard tiles):")
                .doesNotContain("last W days");
        try {
            assertThat(cli.run("--lang", "zh-CN", "--db", file.toString(), "summary")).isZero();
            assertThat(cli.stdout()).contains("缺报（最近 14 天，与仪表板指标卡一致）：");
        } finally {
            org.loopwatch.domain.text.Texts.useLanguage(java.util.Locale.ENGLISH);
        }
    }

    @Test
    void theBriefingExplainsEachAlertUnderItsSummaryTableAndSaysWhoAcknowledgedIt() throws Exception {
        Path file = database((database, staff) -> {
            for (int back = 14; back >= 1; back--) {
                database.results().insert(new DailyResult(JUMP.minusDays(back), staff, Stage.IN_LOOP, 1000, 1, ""));
            }
            database.results().insert(new DailyResult(JUMP, staff, Stage.IN_LOOP, 1000, 8, ""));
            database.alerts().acknowledge(new org.loopwatch.domain.ResultKey(JUMP, staff, Stage.IN_LOOP),
                    "Kitchen cluster, contacts isolated");
        });
        Path pdf = folder.resolve("briefing.pdf");

        int code = cli.run("--db", file.toString(), "export", "briefing", "--out", pdf.toString());

        assertThat(code).isZero();
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            org.apache.pdfbox.text.PDFTextStripper stripper = new org.apache.pdfbox.text.PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            String firstPage = stripper.getText(document).replaceAll("\\s+", " ");
            assertThat(firstPage).contains("Alerts in the period (1)",
                    "Operating staff, In-loop, 1 Feb: 8 positives in 1,000 tests (0.80 %)",
                    "P(X ≥ 8) = 0.000013, below α 0.01 — acknowledged ",
                    " by " + System.getProperty("user.name") + ": Kitchen cluster, contacts isolated");
            assertThat(firstPage).containsPattern("acknowledged \\d{1,2} \\w{3} \\d{4} \\d{2}:\\d{2} \\([^)]*UTC[^)]*\\) by ");
        }
    }

    @Test
    void theTokyoSecondDayIsNoFlagAndItsRowSaysThereIsNoBaselineYet() {
        Path file = database((database, staff) -> {
            database.results().insert(new DailyResult(LocalDate.of(2021, 7, 16), staff, Stage.ARRIVAL, 2_290, 0, ""));
            database.results().insert(new DailyResult(LocalDate.of(2021, 7, 17), staff, Stage.ARRIVAL, 3_487, 3, ""));
        });

        String json = summaryJson(file);

        assertThat(json).doesNotContain("\"reasons\": [\"");
        // The row keeps its fields and gains why nothing was flagged: the last day was not judged.
        String unjudged = "{\"group\": \"Operating staff\", \"stage\": \"arrival\", \"from\": \"2021-07-17\", "
                + "\"to\": \"2021-07-17\", \"date\": \"2021-07-17\", \"tests\": 3487, \"positives\": 3, "
                + "\"baseline_days\": 1, \"baseline_tests\": 2290, \"baseline_positives\": 0, "
                + "\"baseline_positivity\": 0.0, \"p0\": null, \"p_value\": null, \"alpha\": 0.01, \"min_positives\": 2, "
                + "\"threshold\": null, \"reasons\": [], \"explanation\": \"Operating staff, Arrival, 17 Jul: "
                + "3 positives in 3,487 tests (0.0860 %); no baseline yet (1 of the 14 days before reported, 7 needed)\"}";
        assertThat(json).contains("{\"group\": \"Operating staff\", \"stage\": \"arrival\", \"tests\": 5777, "
                + "\"positives\": 3, \"positivity\": 5.19", "\"flags\": [], \"no_baseline\": [" + unjudged + "]}");
        // In the group's arrival and "all" rows, the "*" rows, and once in the top-level list.
        assertThat(json.split(java.util.regex.Pattern.quote(unjudged), -1)).hasSize(1 + 4 + 1);
        assertThat(json).contains("\"flags\": [], \"missing\": [], \"no_baseline\": [" + unjudged + "]}");
        assertThat(json).contains("{\"group\": \"Athletes\", \"stage\": \"arrival\", \"tests\": 0, \"positives\": 0, "
                + "\"positivity\": null, \"ci_low\": null, \"ci_high\": null, \"flags\": [], \"no_baseline\": []}");
    }

    @Test
    void theTextSummaryAndTheBriefingSayWhereThereIsNoBaselineYet() throws Exception {
        Path file = database((database, staff) -> {
            database.results().insert(new DailyResult(LocalDate.of(2021, 7, 16), staff, Stage.ARRIVAL, 2_290, 0, ""));
            database.results().insert(new DailyResult(LocalDate.of(2021, 7, 17), staff, Stage.ARRIVAL, 3_487, 3, ""));
        });
        int code = cli.run("--db", file.toString(), "summary");
        assertThat(code).isZero();
        assertThat(cli.stdout()).contains("Operating staff / Arrival: No alert baseline yet (17 Jul)");

        Path pdf = folder.resolve("no-baseline.pdf");
        code = cli.run("--db", file.toString(), "export", "briefing", "--out", pdf.toString());
        assertThat(code).isZero();
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            org.apache.pdfbox.text.PDFTextStripper stripper = new org.apache.pdfbox.text.PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            String firstPage = stripper.getText(document).replaceAll("\\s+", " ");
            assertThat(firstPage).contains("No alert baseline yet (17 Jul)",
                    "Not judged for alerts on 17 Jul (no flag there does not mean normal): Operating staff, Arrival: "
                            + "no baseline yet (1 of the 14 days before reported, 7 needed).")
                    .doesNotContain("Alerts in the period");
        }
    }

    @Test
    void theBriefingExplainsEveryAlertOfTheJsonOnAsManyPagesAsItTakes() throws Exception {
        LocalDate first = LocalDate.of(2022, 1, 1);
        Path file = database((database, staff) -> {
            long media = database.groups().findByName("Media").orElseThrow().id();
            // A team's absolute threshold (0.2 % in-loop) fires on every day at 0.5 %: 80 alerts.
            database.alertRules().put(AlertRuleKey.stageDefault(Stage.IN_LOOP),
                    new AlertRule(0.01, 2, OptionalDouble.of(0.002)));
            for (int day = 0; day < 40; day++) {
                database.results().insert(new DailyResult(first.plusDays(day), staff, Stage.IN_LOOP, 1000, 5, ""));
                database.results().insert(new DailyResult(first.plusDays(day), media, Stage.IN_LOOP, 1000, 5, ""));
            }
        });
        String json = summaryJson(file);
        List<String> explanations = java.util.regex.Pattern.compile("\"explanation\": \"([^\"]*)\"").matcher(json)
                .results().map(match -> match.group(1)).distinct().toList();
        assertThat(explanations).hasSize(80);
        Path pdf = folder.resolve("many-alerts.pdf");

        int code = cli.run("--db", file.toString(), "export", "briefing", "--out", pdf.toString());

        assertThat(code).isZero();
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            org.apache.pdfbox.text.PDFTextStripper stripper = new org.apache.pdfbox.text.PDFTextStripper();
            List<String> summaryPages = new ArrayList<>();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(document).replaceAll("\\s+", " ");
                if (page == 1 || text.startsWith("Summary (continued)")) {
                    summaryPages.add(text);
                }
            }
            // 80 explanations of two lines each: a few pages, not one and not dozens.
            assertThat(summaryPages).hasSizeBetween(3, 8);
            // The lead-in is never left alone at the foot of a page: the first explanation is with it.
            assertThat(summaryPages).filteredOn(page -> page.contains("Alerts in the period (80)")).singleElement()
                    .satisfies(page -> assertThat(page).contains(explanations.get(0)));
            String all = String.join(" ", summaryPages);
            assertThat(explanations).allSatisfy(explanation -> assertThat(all).contains(explanation));
            // Each explanation whole on one page: none is split by a page's footer.
            assertThat(explanations).allSatisfy(explanation ->
                    assertThat(summaryPages).anySatisfy(page -> assertThat(page).contains(explanation)));
            assertThat(all).doesNotContain("the latest");
        }
    }
}
