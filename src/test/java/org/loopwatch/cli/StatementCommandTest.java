package org.loopwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.loopwatch.domain.text.Texts;

/** {@code statement --date D [--json]}: the day and the cumulative figures per stage and group. */
class StatementCommandTest {

    @TempDir
    Path folder;

    private final CommandRun cli = new CommandRun();

    @AfterEach
    void english() {
        // --lang chooses the language for the rest of the process, here the test JVM.
        Texts.useLanguage(Locale.ENGLISH);
    }

    @Test
    void theStatementGivesEachStageAndGroupForTheDayAndSinceTheStart() throws Exception {
        Path db = imported("""
                date,group,stage,tests,positives
                2022-01-04,Athletes,arrival,100,0
                2022-01-05,Athletes,arrival,71,0
                2022-01-05,Operating staff,arrival,2415,39
                2022-01-05,Operating staff,in_loop,336246,33
                2022-01-06,Media,in_loop,10,1
                """);

        assertThat(cli.run("--db", db.toString(), "statement", "--date", "2022-01-05")).isZero();
        String text = cli.stdout();
        assertThat(text).contains("Daily statement for 2022-01-05 (cumulative since 2022-01-04)")
                .contains("Athletes: 71 arrivals tested, 0 positive; since loop start 171 arrivals tested, 0 positive.")
                .contains("Operating staff: 336,246 tests, 33 positive; since loop start 336,246 tests, 33 positive.");
        assertThat(text.indexOf("Arrival (airport)")).isLessThan(text.indexOf("In-loop screening"));

        assertThat(cli.run("--db", db.toString(), "statement", "--json")).isZero();
        assertThat(cli.stdout()).contains("\"date\": \"2022-01-06\"").contains("\"cumulative_from\": \"2022-01-04\"")
                .contains("{\"group\": \"Media\", \"stage\": \"in_loop\", \"tests\": 10, \"positives\": 1, "
                        + "\"cumulative_tests\": 10, \"cumulative_positives\": 1, \"reported\": true, "
                        + "\"cumulative_due_days\": 1, \"cumulative_incomplete_days\": 0}")
                .contains("{\"group\": \"*\", \"stage\": \"arrival\", \"tests\": 0, \"positives\": 0, "
                        + "\"cumulative_tests\": 2586, \"cumulative_positives\": 39, \"reported\": false, ");
    }

    @Test
    void aGroupThatDidNotReportIsNotReportedNotZeroAndOnlyFromItsFirstResult() throws Exception {
        // Media report from 6 January on, and miss the 7th; Athletes report every day.
        Path db = imported("""
                date,group,stage,tests,positives
                2022-01-04,Athletes,in_loop,100,0
                2022-01-05,Athletes,in_loop,100,0
                2022-01-06,Athletes,in_loop,100,1
                2022-01-06,Media,in_loop,50,0
                2022-01-07,Athletes,in_loop,100,0
                """);

        assertThat(cli.run("--db", db.toString(), "statement", "--date", "2022-01-07")).isZero();
        String text = cli.stdout();
        // Due from 6 January (Media's first result), not from the first day with data: 1 of 2 days missing.
        assertThat(text).contains("Media: not reported on the day; since loop start 50 tests, 0 positive."
                        + " Since loop start, 1 of 2 days not fully reported (Media, In-loop: 7 Jan).")
                .contains("Athletes: 100 tests, 0 positive; since loop start 400 tests, 1 positive.")
                .contains("All groups: 100 tests, 0 positive; since loop start 450 tests, 1 positive."
                        + " (not fully reported: Media, In-loop: 7 Jan)");

        assertThat(cli.run("--db", db.toString(), "--lang", "zh-CN", "statement", "--date", "2022-01-07")).isZero();
        assertThat(cli.stdout()).contains("Media：当日未填报；闭环开始以来检测 50 人次，阳性 0 例。"
                + " 闭环开始以来2天中有1天未完整填报（Media，闭环内检测：1月7日）。");

        assertThat(cli.run("--db", db.toString(), "statement", "--date", "2022-01-06", "--json")).isZero();
        assertThat(cli.stdout()).contains("{\"group\": \"Media\", \"stage\": \"in_loop\", "
                + "\"tests\": 50, \"positives\": 0, \"cumulative_tests\": 50, \"cumulative_positives\": 0, "
                + "\"reported\": true, \"cumulative_due_days\": 1, \"cumulative_incomplete_days\": 0}")
                // A group is due in a stage from its first result in that stage (decision 0028): neither
                // reported arrivals, so no arrival row is missing.
                .contains("\"missing\": []")
                .contains("{\"group\": \"Athletes\", \"stage\": \"arrival\", \"tests\": 0, \"positives\": 0, "
                        + "\"cumulative_tests\": 0, \"cumulative_positives\": 0, \"reported\": true, "
                        + "\"cumulative_due_days\": 0, \"cumulative_incomplete_days\": 0}");
    }

    @Test
    void outWritesTheSameStatementAsAOnePagePdfInTheInterfaceLanguage() throws Exception {
        Path db = imported("""
                date,group,stage,tests,positives
                2022-01-04,Athletes,arrival,100,0
                2022-01-05,Athletes,arrival,71,0
                2022-01-05,Operating staff,in_loop,336246,33
                """);
        assertThat(cli.run("--db", db.toString(), "statement", "--date", "2022-01-05")).isZero();
        String text = cli.stdout();
        Path pdf = folder.resolve("statement.pdf");

        assertThat(cli.run("--db", db.toString(), "statement", "--date", "2022-01-05", "--out", pdf.toString()))
                .as(cli.stderr()).isZero();

        assertThat(cli.stdout()).contains("Wrote " + pdf + ": the daily statement for 2022-01-05.");
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            String read = words(new PDFTextStripper().getText(document));
            for (String line : text.split("\\R")) {
                assertThat(read).as("every line of the text statement").contains(words(line));
            }
            assertThat(read).contains("Data as of ", "rows ");
        }

        Path chinese = folder.resolve("通报.pdf");
        assertThat(cli.run("--lang", "zh-CN", "--db", db.toString(), "statement", "--date", "2022-01-05", "--out",
                chinese.toString())).isZero();
        try (PDDocument document = Loader.loadPDF(chinese.toFile())) {
            assertThat(words(new PDFTextStripper().getText(document))).contains("2022-01-05 每日通报", "入境检测（机场）",
                    "闭环内检测", "Athletes：当日入境检测 71 人，阳性 0 例");
        }
    }

    @Test
    void anOutThatIsNotAPdfOrComesWithJsonIsRefusedAndWritesNothing() throws Exception {
        Path db = imported("date,group,stage,tests,positives\n2022-01-04,Athletes,arrival,100,0\n");

        assertThat(cli.run("--db", db.toString(), "statement", "--out", folder.resolve("s.txt").toString()))
                .isEqualTo(ExitCode.BAD_INPUT);
        assertThat(cli.stderr()).contains("statement", "s.txt", ".pdf");
        assertThat(cli.run("--db", db.toString(), "statement", "--json", "--out", folder.resolve("s.pdf").toString()))
                .isEqualTo(ExitCode.BAD_INPUT);
        assertThat(cli.stderr()).contains("--json", "--out");
        assertThat(cli.run("--db", db.toString(), "statement", "--out", folder.resolve("gone").resolve("s.pdf").toString()))
                .isEqualTo(ExitCode.BAD_INPUT);
        assertThat(cli.stderr()).contains("does not exist");
        assertThat(folder.resolve("s.txt")).doesNotExist();
        assertThat(folder.resolve("s.pdf")).doesNotExist();
    }

    /** A new database file with this CSV text imported through the command line, as a desk would. */
    private Path imported(String csvText) throws Exception {
        Path db = folder.resolve("event.db");
        Path csv = folder.resolve("in.csv");
        Files.writeString(csv, csvText);
        assertThat(cli.run("--db", db.toString(), "import", csv.toString())).isZero();
        return db;
    }

    /** Text with its line breaks and runs of spaces as single spaces: the PDF wraps long lines. */
    private static String words(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
