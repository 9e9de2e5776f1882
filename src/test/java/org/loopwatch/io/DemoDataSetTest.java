package org.loopwatch.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.loopwatch.domain.DailyResult;
import org.loopwatch.domain.Group;
import org.loopwatch.domain.Stage;
import org.loopwatch.domain.text.Texts;
import org.loopwatch.store.ImportResult;
import java.util.Locale;
import org.loopwatch.store.Database;
import org.loopwatch.store.OpenMode;

/** The demo data set keeps every published figure. */
class DemoDataSetTest {

    private static final LocalDate JAN_4 = LocalDate.of(2022, 1, 4);
    private static final LocalDate JAN_22 = LocalDate.of(2022, 1, 22);

    @TempDir
    Path folder;

    @Test
    void theDemoDatabaseLoadsAndItsTotalsFor4To22JanuaryEqualThePublishedOnes() {
        try (Database database = Database.open(folder.resolve("demo.db"), OpenMode.CREATE_IF_MISSING, Clock.systemUTC())) {
            DemoDatabase.populate(database, Clock.systemUTC());

            List<DailyResult> rows = database.results().findBetween(JAN_4, JAN_22);
            long athletes = id(database, DemoDataSet.ATHLETES_AND_TEAM_OFFICIALS);
            long others = id(database, DemoDataSet.OTHER_STAKEHOLDERS);
            assertThat(totals(rows, athletes, Stage.ARRIVAL)).containsExactly(171L, 0L);
            assertThat(totals(rows, others, Stage.ARRIVAL)).containsExactly(2_415L, 39L);
            assertThat(totals(rows, athletes, Stage.IN_LOOP)).containsExactly(175L, 0L);
            assertThat(totals(rows, others, Stage.IN_LOOP)).containsExactly(336_246L, 33L);
            assertThat(rows).hasSize(19 * 4);
            assertThat(DemoDatabase.isDemo(database)).isTrue();
            assertThat(database.event().find().orElseThrow().name()).contains("illustrative");
            assertThat(database.groups().findAll()).extracting(Group::name)
                    .containsExactly(DemoDataSet.ATHLETES_AND_TEAM_OFFICIALS, DemoDataSet.OTHER_STAKEHOLDERS);
        }
    }

    @Test
    void theIocPeriodTotalsAndThePublishedDaysHoldToo() {
        List<DemoDataSet.Row> rows = DemoDataSet.rows();
        LocalDate from = LocalDate.of(2022, 1, 23);
        LocalDate to = LocalDate.of(2022, 2, 20);
        List<DemoDataSet.Row> ioc = rows.stream().filter(r -> !r.date().isBefore(from) && !r.date().isAfter(to)).toList();

        assertThat(sum(ioc, r -> r.stage() == Stage.ARRIVAL, true)).isEqualTo(13_690);
        assertThat(sum(ioc, r -> r.stage() == Stage.ARRIVAL, false)).isEqualTo(265);
        assertThat(sum(ioc, r -> r.stage() == Stage.IN_LOOP, true)).isEqualTo(1_859_423);
        assertThat(sum(ioc, r -> r.stage() == Stage.IN_LOOP, false)).isEqualTo(172);
        assertThat(sum(ioc, r -> r.group().equals(DemoDataSet.ATHLETES_AND_TEAM_OFFICIALS), false)).isEqualTo(98 + 87);
        assertThat(sum(ioc, r -> r.group().equals(DemoDataSet.OTHER_STAKEHOLDERS), false)).isEqualTo(252);
        assertThat(rows).anySatisfy(row -> {
            assertThat(row.date()).isEqualTo(LocalDate.of(2022, 1, 30));
            assertThat(row.group()).isEqualTo(DemoDataSet.OTHER_STAKEHOLDERS);
            assertThat(row.stage()).isEqualTo(Stage.IN_LOOP);
            assertThat(row.tests()).isEqualTo(60_426);
            assertThat(row.positives()).isEqualTo(5);
            assertThat(row.note()).startsWith("Published figure");
        });
        assertThat(rows).allSatisfy(row -> {
            assertThat(row.positives()).isBetween(0L, row.tests());
            assertThat(row.note()).matches("(Published figure|Illustrative).*Source: http.*");
        });
    }

    @Test
    void theCommittedDemoCsvIsExactlyWhatTheAppBuilds() throws Exception {
        Path committed = Path.of("assets", "demo", DemoDataSet.CSV_NAME);

        assertThat(Files.readString(committed, StandardCharsets.UTF_8)).isEqualTo(DemoDataSet.csv());
    }

    @Test
    void theCommittedChineseDemoCsvIsExactlyWhatTheAppBuildsInChinese() throws Exception {
        Path committed = Path.of("assets", "demo", "beijing-2022-demo.zh-CN.csv");
        try {
            Texts.useLanguage(Locale.SIMPLIFIED_CHINESE);
            assertThat(DemoDataSet.csvName()).isEqualTo(committed.getFileName().toString());
            assertThat(Files.readString(committed, StandardCharsets.UTF_8)).isEqualTo(DemoDataSet.csv());
        } finally {
            Texts.useLanguage(Locale.ENGLISH);
        }
    }

    /* Issue 18: a Chinese desk's demo is named in Chinese, as its default groups are (decision 0037). */
    @Test
    void aDemoDatabaseMadeInChineseNamesItsGroupsEventAndKeyDatesInChineseAndIsStillADemo() {
        try (Database database = Database.open(folder.resolve("demo.db"), OpenMode.CREATE_IF_MISSING, Clock.systemUTC())) {
            Texts.useLanguage(Locale.SIMPLIFIED_CHINESE);
            DemoDatabase.populate(database, Clock.systemUTC());
            Texts.useLanguage(Locale.ENGLISH);

            assertThat(database.groups().findAll()).extracting(Group::name).containsExactly("运动员及随队官员", "其他利益相关方");
            assertThat(database.event().find().orElseThrow().name()).isEqualTo("北京 2022 冬奥会闭环（示意数据）");
            assertThat(DemoDatabase.isDemo(database)).as("a Chinese demo opened in English is still a demo").isTrue();
            List<DailyResult> rows = database.results().findBetween(JAN_4, JAN_22);
            assertThat(totals(rows, id(database, "运动员及随队官员"), Stage.ARRIVAL)).containsExactly(171L, 0L);
            assertThat(totals(rows, id(database, "其他利益相关方"), Stage.IN_LOOP)).containsExactly(336_246L, 33L);
            assertThat(rows).allSatisfy(row -> assertThat(row.note()).matches("(当日公布的数字|示意数据).*来源：http.*"));
        } finally {
            Texts.useLanguage(Locale.ENGLISH);
        }
    }

    /*
     * The command line's way (assets/demo/README.md): the demo CSV imported with --create-groups into
     * a database made in Chinese. The Chinese CSV adds its two groups beside the four default ones,
     * every name Chinese and every tile id its own; the English CSV would have added English names.
     */
    @Test
    void theChineseDemoCsvImportedIntoADatabaseMadeInChineseAddsTwoChineseGroupsBesideTheDefaults() throws Exception {
        Path file = folder.resolve("loopwatch.db");
        try {
            Texts.useLanguage(Locale.SIMPLIFIED_CHINESE);
            try (Database database = Database.open(file, OpenMode.CREATE_IF_MISSING, Clock.systemUTC())) {
                CsvText text = CsvText.decode(Files.readAllBytes(Path.of("assets", "demo", "beijing-2022-demo.zh-CN.csv")));
                CsvImporter importer = new CsvImporter(database, Clock.systemUTC());
                ImportResult result = importer.write(importer.check("beijing-2022-demo.zh-CN.csv", text,
                        new ImportOptions(false, true), ImportMonitor.NONE), ImportMonitor.NONE);

                assertThat(result.inserted()).isEqualTo(192);
                List<String> groups = database.groups().findAll().stream().map(Group::name).toList();
                assertThat(groups).containsExactly("运动员", "随队官员", "运行保障人员", "媒体", "其他利益相关方", "运动员及随队官员");
                List<String> tileIds = java.util.stream.Stream.concat(database.groups().findAll().stream().map(Group::slug),
                        database.rollups().findAll().stream().map(org.loopwatch.domain.Rollup::slug)).toList();
                assertThat(tileIds).doesNotHaveDuplicates().doesNotContain("");
                assertThat(String.join("", groups)).doesNotContainPattern("[A-Za-z]");
            }
        } finally {
            Texts.useLanguage(Locale.ENGLISH);
        }
    }

    private static long id(Database database, String name) {
        return database.groups().findByName(name).orElseThrow().id();
    }

    private static List<Long> totals(List<DailyResult> rows, long group, Stage stage) {
        List<DailyResult> cell = rows.stream().filter(r -> r.groupId() == group && r.stage() == stage).toList();
        return List.of(cell.stream().mapToLong(DailyResult::tests).sum(), cell.stream().mapToLong(DailyResult::positives).sum());
    }

    private static long sum(List<DemoDataSet.Row> rows, java.util.function.Predicate<DemoDataSet.Row> which, boolean tests) {
        return rows.stream().filter(which).mapToLong(r -> tests ? r.tests() : r.positives()).sum();
    }
}
