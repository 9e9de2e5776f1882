package org.loopwatch.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.loopwatch.domain.DailyResult;
import org.loopwatch.domain.Stage;
import org.loopwatch.report.ChartDataTables;
import org.loopwatch.store.Database;
import org.loopwatch.store.OpenMode;

/**
 * The law of SPEC §5 / STYLE: CSV ↔ XLSX ↔ database round trips are identical. Any set of entries
 * written to a database, exported as CSV, imported into a second database, exported as a workbook,
 * imported into a third and exported as CSV again gives the same CSV bytes and the same rows.
 */
class XlsxRoundTripPropertyTest {

    private static final List<String> GROUPS = List.of("Athletes", "Team officials", "Operating staff", "Media");

    record Entry(LocalDate date, String group, Stage stage, long tests, long positives, String note) {
    }

    @Provide
    Arbitrary<Entry> entries() {
        Arbitrary<LocalDate> dates = Arbitraries.integers().between(0, 40).map(d -> LocalDate.of(2022, 1, 4).plusDays(d));
        Arbitrary<String> notes = Arbitraries.oneOf(Arbitraries.just(""),
                Arbitraries.strings().withChars("ab =+-@'\",;测试阳性").ofMinLength(1).ofMaxLength(12).map(String::strip));
        Arbitrary<Long> tests = Arbitraries.longs().between(0, 2_000_000);
        return Combinators.combine(dates, Arbitraries.of(GROUPS), Arbitraries.of(Stage.ARRIVAL, Stage.IN_LOOP), tests,
                Arbitraries.doubles().between(0, 1), notes)
                .as((date, group, stage, n, share, note) -> new Entry(date, group, stage, n, (long) Math.floor(n * share), note));
    }

    @Property(tries = 25)
    void csvToWorkbookToDatabaseAndBackIsIdentical(@ForAll @Size(max = 30) List<@net.jqwik.api.From("entries") Entry> wanted)
            throws Exception {
        Path folder = Files.createTempDirectory("xlsx-round-trip");
        try {
            Path firstCsv = folder.resolve("first.csv");
            Path workbook = folder.resolve("middle.xlsx");
            Path lastCsv = folder.resolve("last.csv");
            List<DailyResult> original;
            try (Database db = open(folder.resolve("a.db"))) {
                wanted.stream().filter(distinctKeys()).forEach(e -> db.results().insert(new DailyResult(e.date(),
                        db.groups().findByName(e.group()).orElseThrow().id(), e.stage(), e.tests(), e.positives(), e.note())));
                original = sorted(db.results().findAll());
                CsvExporter.export(db, Optional.empty(), Optional.empty(), firstCsv);
            }
            try (Database db = open(folder.resolve("b.db"))) {
                new CsvImporter(db, CsvImporterTest.MARCH_1).importFile(firstCsv, ImportOptions.STRICT, ImportMonitor.NONE);
                // The workbook of export-xlsx, chart-data sheets included: the entries sheet is read back.
                XlsxExporter.export(db, Optional.empty(), Optional.empty(), workbook,
                        ChartDataTables.of(db, Optional.empty(), Optional.empty(), CsvImporterTest.MARCH_1));
            }
            try (Database db = open(folder.resolve("c.db"))) {
                if (!original.isEmpty()) {
                    new CsvImporter(db, CsvImporterTest.MARCH_1).importFile(workbook, ImportOptions.STRICT, ImportMonitor.NONE);
                }
                CsvExporter.export(db, Optional.empty(), Optional.empty(), lastCsv);
                assertThat(sorted(db.results().findAll())).isEqualTo(original);
            }
            assertThat(Files.readString(lastCsv)).isEqualTo(Files.readString(firstCsv));
        } finally {
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
            }
        }
    }

    private static java.util.function.Predicate<Entry> distinctKeys() {
        java.util.Set<List<Object>> seen = new java.util.HashSet<>();
        return e -> seen.add(List.of(e.date(), e.group(), e.stage()));
    }

    private static List<DailyResult> sorted(List<DailyResult> rows) {
        return rows.stream().sorted(Comparator.comparing(DailyResult::date).thenComparing(DailyResult::groupId)
                .thenComparing(DailyResult::stage)).toList();
    }

    private static Database open(Path file) {
        return Database.open(file, OpenMode.CREATE_IF_MISSING, CsvImporterTest.MARCH_1);
    }
}
