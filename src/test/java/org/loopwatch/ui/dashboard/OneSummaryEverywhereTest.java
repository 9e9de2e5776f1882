package org.loopwatch.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.loopwatch.cli.CommandLine;
import org.loopwatch.domain.ConfidenceLevel;
import org.loopwatch.domain.IntervalMethod;
import org.loopwatch.domain.RollingWindow;
import org.loopwatch.domain.Stage;
import org.loopwatch.domain.StageChoice;
import org.loopwatch.domain.StageScope;
import org.loopwatch.report.BriefingContent;
import org.loopwatch.report.BriefingExport;
import org.loopwatch.report.BriefingSpec;
import org.loopwatch.report.chart.ChartInputs;
import org.loopwatch.store.Event;
import org.loopwatch.ui.UiTestDatabase;

/**
 * Tiles, the briefing's summary table, {@code loopwatch summary} and the daily statement read one
 * domain summary: on the same data they show the same counts, positivity, interval, last-7-days
 * positivity, flags and unreported days (the screen once said "7 of 7 days", the PDF "1 of 7").
 */
class OneSummaryEverywhereTest {

    private static final LocalDate FROM = LocalDate.of(2022, 1, 10);
    private static final LocalDate TO = DashboardFixtures.JAN_22;

    @TempDir
    Path folder;

    private UiTestDatabase db;

    @BeforeEach
    void publishedJanuaryWithALateGroupAndAGap() {
        db = UiTestDatabase.createIn(folder);
        db.database().event().save(new Event("Beijing 2022", DashboardFixtures.JAN_4, Optional.empty()));
        DashboardFixtures.publishedJanuary(db);
        // Media start on 18 January, long after the loop start, and miss their in-loop row of 21 January.
        for (LocalDate date = LocalDate.of(2022, 1, 18); !date.isAfter(TO); date = date.plusDays(1)) {
            db.row(date, "Media", Stage.ARRIVAL, 40, 0);
            if (!date.equals(DashboardFixtures.JAN_21)) {
                db.row(date, "Media", Stage.IN_LOOP, 900, 0);
            }
        }
        db.save();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void tilesBriefingAndCommandLineShowTheSameFigures() {
        ChartInputs inputs = ChartInputs.load(db.database());
        DashboardFilters filters = new DashboardFilters(FROM, TO, StageChoice.APART, RollingWindow.SEVEN_DAYS,
                IntervalMethod.WILSON, ConfidenceLevel.NINETY_FIVE, Set.of(), TO);
        List<TileData> tiles = DashboardCalculator.compute(inputs, filters).tiles();
        BriefingContent briefing = BriefingExport.prepare(db.database(), new BriefingSpec(Optional.of(FROM),
                Optional.of(TO), Optional.of(RollingWindow.SEVEN_DAYS), Optional.of(IntervalMethod.WILSON),
                Optional.of(ConfidenceLevel.NINETY_FIVE), List.of(), Optional.of(StageChoice.APART)), UiTestDatabase.CLOCK);
        String table = summary("summary", "--from", FROM.toString(), "--to", TO.toString());
        String json = summary("summary", "--from", FROM.toString(), "--to", TO.toString(), "--json");

        int compared = 0;
        for (String group : List.of("Athletes", "Team officials", "Operating staff", "Media")) {
            TileData tile = tiles.stream().filter(candidate -> candidate.subject().name().equals(group)).findFirst()
                    .orElseThrow();
            for (TileStage stage : tile.stages()) {
                BriefingContent.SummaryLine line = briefing.summary().stream()
                        .filter(candidate -> candidate.name().equals(group) && candidate.stage().equals(stage.label()))
                        .findFirst().orElseThrow(() -> new AssertionError(group + " " + stage.label()));
                String where = group + ", " + stage.label();
                assertThat(line.positives() + " / " + line.tests()).as(where).isEqualTo(stage.period().counts());
                assertThat(line.positivity()).as(where).isEqualTo(stage.period().positivity());
                assertThat(line.interval()).as(where).isEqualTo(stage.period().interval());
                assertThat(line.recent()).as(where).isEqualTo(stage.window().positivity());
                stage.incomplete().ifPresent(text -> assertThat(line.flags()).as(where).contains(text));
                if (stage.incomplete().isEmpty()) {
                    assertThat(line.flags()).as(where).doesNotContain("not fully reported");
                }

                String code = stage.scope().code();
                Matcher row = Pattern.compile("\\{\"group\": \"" + group + "\", \"stage\": \"" + code
                        + "\", \"tests\": (\\d+), \"positives\": (\\d+),").matcher(json);
                assertThat(row.find()).as(where).isTrue();
                assertThat(String.format("%,d", Long.parseLong(row.group(2))) + " / "
                        + String.format("%,d", Long.parseLong(row.group(1)))).as(where).isEqualTo(stage.period().counts());
                String tableRow = table.lines().filter(text -> text.startsWith(group + " ") && text.contains(" " + stage.scope().shortLabel() + " "))
                        .findFirst().orElseThrow();
                String rate = stage.period().interval().isEmpty() ? stage.period().positivity()
                        : stage.period().positivity().replace("\n", " ") + ", " + stage.period().interval();
                assertThat(tableRow).as(where).contains(rate).contains(stage.window().positivity().replace("\n", " "));
                stage.incomplete().ifPresent(text -> assertThat(table.lines()
                        .filter(note -> note.startsWith("  " + group + " / " + stage.scope().shortLabel() + ": ")))
                        .as(where).singleElement().asString()
                        .endsWith(text + " (" + stage.incompleteDetail() + ")"));
                compared++;
            }
        }
        assertThat(compared).isEqualTo(8);

        TileData media = tiles.stream().filter(tile -> tile.subject().name().equals("Media")).findFirst().orElseThrow();
        // Due from 18 January (their first result), not from the loop start: only 21 January is missing, in-loop.
        assertThat(media.stages().get(0).incomplete()).isEmpty();
        assertThat(media.stages().get(1).incomplete()).contains("1 of 5 days not fully reported");
        assertThat(media.stages().get(1).incompleteDetail()).isEqualTo("Media, In-loop: 21 Jan");
        // Media began on 18 January: on the 22nd no cell of theirs has 7 reported days before it, so
        // "no flag" is "not judged" — said on the tile, in the briefing, and in both command-line forms.
        assertThat(media.baselineNote()).contains("No alert baseline yet");
        assertThat(media.baselineDetail()).contains("Media, In-loop: no baseline yet (3 of the 14 days before reported, 7 needed)");
        assertThat(briefing.summary().stream().filter(line -> line.name().equals("Media")
                && line.stage().equals("In-loop")).findFirst().orElseThrow().flags()).contains("No alert baseline yet (22 Jan)");
        assertThat(briefing.remarks()).anySatisfy(remark -> assertThat(remark).startsWith("Not judged for alerts on 22 Jan")
                .contains("Media, In-loop: no baseline yet (3 of the 14 days before reported, 7 needed)"));
        assertThat(table).contains("Media / In-loop: No alert baseline yet (22 Jan)");
        assertThat(json).containsPattern("\\{\"group\": \"Media\", \"stage\": \"in_loop\", \"tests\": [^{]*"
                + "\"flags\": \\[\\], \"no_baseline\": \\[\\{\"group\": \"Media\", \"stage\": \"in_loop\", "
                + "\"from\": \"2022-01-22\"[^}]*no baseline yet \\(3 of the 14 days before reported, 7 needed\\)");
        assertThat(tiles.stream().filter(tile -> tile.subject().name().equals("Operating staff")).findFirst()
                .orElseThrow().baselineNote()).isEmpty();
        assertThat(table).doesNotContain("Operating staff / In-loop: No alert baseline");
        TileData officials = tiles.stream().filter(tile -> tile.subject().name().equals("Team officials"))
                .findFirst().orElseThrow();
        assertThat(officials.badge()).contains("Flagged 22 Jan");
        assertThat(briefing.summary().stream().filter(line -> line.name().equals("Team officials")
                && line.stage().equals("In-loop")).findFirst().orElseThrow().flags()).contains("Flagged 22 Jan");
        assertThat(table).contains("Team officials / In-loop: Flagged 22 Jan");
        assertThat(json).contains("{\"group\": \"Team officials\", \"stage\": \"in_loop\", \"from\": \"2022-01-22\"");

        // Team officials test in the loop only (decision 0028): due per stage from their first result in
        // it, so their arrival part is never "7 of 7 days not fully reported" on screen, in the PDF or
        // on the command line.
        TileStage officialsArrival = officials.stages().get(0);
        assertThat(officialsArrival.scope()).isEqualTo(StageScope.ARRIVAL);
        assertThat(officialsArrival.incomplete()).isEmpty();
        assertThat(briefing.summary().stream().filter(line -> line.name().equals("Team officials")
                && line.stage().equals("Arrival")).findFirst().orElseThrow().flags()).doesNotContain("not fully reported");
        assertThat(table).doesNotContain("Team officials / Arrival");
        assertThat(json).doesNotContain("{\"group\": \"Team officials\", \"stage\": \"arrival\", \"from\"");
    }

    @Test
    void theDailyStatementShowsTheTilesFiguresForTheDayAndSinceTheLoopStart() {
        ChartInputs inputs = ChartInputs.load(db.database());
        String json = summary("statement", "--date", DashboardFixtures.JAN_21.toString(), "--json");
        String text = summary("statement", "--date", DashboardFixtures.JAN_21.toString());
        String daySummary = summary("summary", "--from", "2022-01-21", "--to", "2022-01-21", "--json");
        String sinceSummary = summary("summary", "--from", "2022-01-04", "--to", "2022-01-21", "--json");
        // The statement's day is a one-day period and its cumulative figures the period from the loop start.
        List<TileData> day = tiles(inputs, DashboardFixtures.JAN_21, DashboardFixtures.JAN_21);
        List<TileData> since = tiles(inputs, DashboardFixtures.JAN_4, DashboardFixtures.JAN_21);

        int compared = 0;
        for (String group : List.of("Athletes", "Team officials", "Operating staff", "Media")) {
            for (int part = 0; part < 2; part++) {
                TileStage ofDay = tile(day, group).stages().get(part);
                TileStage cumulative = tile(since, group).stages().get(part);
                String code = ofDay.scope().code();
                String where = group + ", " + code;
                Matcher row = Pattern.compile("\\{\"group\": \"" + group + "\", \"stage\": \"" + code
                        + "\", \"tests\": (\\d+), \"positives\": (\\d+), \"cumulative_tests\": (\\d+), "
                        + "\"cumulative_positives\": (\\d+), \"reported\": (true|false), \"cumulative_due_days\": "
                        + "(\\d+), \"cumulative_incomplete_days\": (\\d+)\\}").matcher(json);
                assertThat(row.find()).as(where + " in " + json).isTrue();
                assertThat(counts(row.group(2), row.group(1))).as(where).isEqualTo(ofDay.period().counts());
                assertThat(counts(row.group(4), row.group(3))).as(where).isEqualTo(cumulative.period().counts());
                boolean missingOnDay = missing(daySummary).stream().anyMatch(gap -> gap.startsWith("{\"group\": \""
                        + group + "\", \"stage\": \"" + code + "\", \"from\": \"2022-01-21\""));
                assertThat(Boolean.parseBoolean(row.group(5))).as(where).isEqualTo(!missingOnDay);
                compared++;
            }
        }
        assertThat(compared).isEqualTo(8);

        // The same missing rows as `summary` over the loop start to the day (which tiles and briefing share).
        assertThat(missing(json)).isNotEmpty().containsExactlyInAnyOrderElementsOf(missing(sinceSummary));
        // Media start on 18 January and miss their in-loop row of the 21st: due from their first result,
        // so 1 of 4 days since the loop start, and "not reported" on the day, never "0 tests".
        assertThat(missing(json)).contains("{\"group\": \"Media\", \"stage\": \"in_loop\", "
                + "\"from\": \"2022-01-21\", \"to\": \"2022-01-21\"}");
        assertThat(text).contains("Media: not reported on the day; since loop start 2,700 tests, 0 positive."
                + " Since loop start, 1 of 4 days not fully reported (Media, In-loop: 21 Jan).");
        assertThat(text).contains("(not fully reported: ").contains("Media, In-loop: 21 Jan)");
        // Nor does the statement call the officials' absent arrival rows "not reported".
        assertThat(json).doesNotContain("{\"group\": \"Team officials\", \"stage\": \"arrival\", \"from\"");
        assertThat(text).doesNotContain("Team officials, Arrival");
    }

    /** The objects of the "missing" array of a JSON output. */
    private static List<String> missing(String json) {
        String array = json.substring(json.indexOf("\"missing\": ["));
        array = array.substring(0, array.indexOf(']') + 1);
        List<String> gaps = new java.util.ArrayList<>();
        Matcher gap = Pattern.compile("\\{[^}]*\\}").matcher(array);
        while (gap.find()) {
            gaps.add(gap.group());
        }
        return gaps;
    }

    private static List<TileData> tiles(ChartInputs inputs, LocalDate from, LocalDate to) {
        return DashboardCalculator.compute(inputs, new DashboardFilters(from, to, StageChoice.APART,
                RollingWindow.SEVEN_DAYS, IntervalMethod.WILSON, ConfidenceLevel.NINETY_FIVE, Set.of(),
                LocalDate.of(2022, 1, 22))).tiles();
    }

    private static TileData tile(List<TileData> tiles, String group) {
        return tiles.stream().filter(candidate -> candidate.subject().name().equals(group)).findFirst().orElseThrow();
    }

    private static String counts(String positives, String tests) {
        return String.format("%,d", Long.parseLong(positives)) + " / " + String.format("%,d", Long.parseLong(tests));
    }

    private String summary(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String[] all = new String[args.length + 2];
        all[0] = "--db";
        all[1] = folder.resolve("loopwatch.db").toString();
        System.arraycopy(args, 0, all, 2, args.length);
        int code = new CommandLine(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(all);
        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        return out.toString(StandardCharsets.UTF_8);
    }
}
