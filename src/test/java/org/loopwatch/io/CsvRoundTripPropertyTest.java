package org.loopwatch.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.loopwatch.domain.DailyResult;
import org.loopwatch.domain.Stage;
import org.loopwatch.store.Database;
import org.loopwatch.store.OpenMode;

/**
 * The CSV law of SPEC §5 on its own (issue 16): any entries exported as CSV, imported into a new
 * database and exported again give the same bytes, and the second database holds the same rows.
 * Notes carry what a CSV must quote or defuse: commas, quotes, line breaks, a leading {@code =+-@}
 * (spreadsheet formulas), Chinese. {@link XlsxRoundTripPropertyTest} covers the way through a
 * workbook; this one tries twice as many sets, as it opens only SQLite files.
 */
class CsvRoundTripPropertyTest {

    private static final List<String> GROUPS = List.of("Athletes", "Team officials", "Operating staff", "Media");

    record Entry(LocalDate date, String group, Stage stage, long tests, long positives, String note) {
    }

    @Provide
    Arbitrary<Entry> entries() {
        Arbitrary<LocalDate> dates = Arbitraries.integers().between(0, 55).map(d -> LocalDate.of(2022, 1, 4).plusDays(d));
        Arbitrary<String> notes = Arbitraries.oneOf(Arbitraries.just(""),
                Arbitraries.strings().withChars("ab =+-@'\",;\n\t测试阳性").ofMinLength(1).ofMaxLength(16));
        Arbitrary<Long> tests = Arbitraries.oneOf(Arbitraries.longs().between(0, 50),
                Arbitraries.longs().between(0, 10_000_000));
        return Combinators.combine(dates, Arbitraries.of(GROUPS), Arbitraries.of(Stage.values()), tests,
                Arbitraries.doubles().between(0, 1), notes)
                .as((date, group, stage, n, share, note) -> new Entry(date, group, stage, n, (long) Math.floor(n * share),
                        note));
    }

    @Property(tries = 50, seed = "160035")
    void exportImportExportGivesTheSameBytesAndRows(@ForAll @Size(max = 40) List<@From("entries") Entry> wanted)
            throws Exception {
        Path folder = Files.createTempDirectory("csv-round-trip");
        try {
            Path firstCsv = folder.resolve("first.csv");
            Path secondCsv = folder.resolve("second.csv");
            List<DailyResult> original;
            try (Database db = open(folder.resolve("a.db"))) {
                Set<List<Object>> keys = new HashSet<>();
                wanted.stream().filter(e -> keys.add(List.of(e.date(), e.group(), e.stage())))
                        .forEach(e -> db.results().insert(new DailyResult(e.date(),
                                db.groups().findByName(e.group()).orElseThrow().id(), e.stage(), e.tests(),
                                e.positives(), e.note())));
                original = sorted(db.results().findAll());
                CsvExporter.export(db, Optional.empty(), Optional.empty(), firstCsv);
            }
            try (Database db = open(folder.resolve("b.db"))) {
                if (!original.isEmpty()) {
                    new CsvImporter(db, CsvImporterTest.MARCH_1).importFile(firstCsv, ImportOptions.STRICT,
                            ImportMonitor.NONE);
                }
                assertThat(sorted(db.results().findAll())).isEqualTo(original);
                CsvExporter.export(db, Optional.empty(), Optional.empty(), secondCsv);
            }
            assertThat(Files.readAllBytes(secondCsv)).isEqualTo(Files.readAllBytes(firstCsv));
        } finally {
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
            }
        }
    }

    private static List<DailyResult> sorted(List<DailyResult> rows) {
        return rows.stream().sorted(Comparator.comparing(DailyResult::date).thenComparing(DailyResult::groupId)
                .thenComparing(DailyResult::stage)).toList();
    }

    private static Database open(Path file) {
        return Database.open(file, OpenMode.CREATE_IF_MISSING, CsvImporterTest.MARCH_1);
    }
}
