package org.loopwatch.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.loopwatch.domain.DailyResult;
import org.loopwatch.domain.Group;
import org.loopwatch.store.Database;
import org.loopwatch.store.OpenMode;

/**
 * Writes the SPEC §9 data set (10 years × 8 groups × 2 stages) into a new database, and a
 * 100,000-row CSV file of the same kind for the import benchmark.
 * Usage: {@code GenerateBenchmarkDatabase DB_FILE [CSV_FILE]}.
 */
public final class GenerateBenchmarkDatabase {

    /** First day of the import file: 2000-01-01 + 6,250 days ends in February 2017. */
    static final LocalDate IMPORT_START = LocalDate.of(2000, 1, 1);

    private GenerateBenchmarkDatabase() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        List<Group> wanted = BenchmarkData.groups();
        try (Database database = Database.open(file, OpenMode.CREATE_NEW)) {
            List<Group> stored = new ArrayList<>(database.groups().findAll());
            for (Group group : wanted) {
                if (database.groups().findByName(group.name()).isEmpty()) {
                    stored.add(database.groups().add(group.name()));
                }
            }
            List<DailyResult> rows = new ArrayList<>();
            for (DailyResult row : BenchmarkData.results()) {
                String name = wanted.get((int) row.groupId() - 1).name();
                long id = database.groups().findByName(name).orElseThrow().id();
                rows.add(new DailyResult(row.date(), id, row.stage(), row.tests(), row.positives(), row.note()));
            }
            database.results().importAll(rows, false, "benchmark data set", (done, total) -> { });
            System.out.println("wrote " + rows.size() + " rows to " + file);
        }
        if (args.length > 1) {
            // 6,250 days × 8 groups × 2 stages = 100,000 rows for the import benchmark, all in the
            // past (a row after today is refused), ending in 2017 whatever today is.
            Files.writeString(Path.of(args[1]), BenchmarkData.csv(wanted, BenchmarkData.results(IMPORT_START, 6_250)));
        }
    }
}
