package org.loopwatch.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import org.loopwatch.io.CsvImporter;
import org.loopwatch.io.ImportMonitor;
import org.loopwatch.io.ImportOptions;
import org.loopwatch.io.ImportPhase;
import org.loopwatch.io.ImportPlan;
import org.loopwatch.store.Database;
import org.loopwatch.store.OpenMode;

/**
 * Where the time of a command-line import goes: open, read, check and write of one CSV file
 * into a new database, timed by the importer's own progress calls, in a fresh JVM (cold, like the
 * command line). Usage: {@code ImportPhases FILE.csv WORK_FOLDER [RUNS]}; later runs show the
 * same work warm.
 */
public final class ImportPhases {

    private ImportPhases() {
    }

    public static void main(String[] args) throws Exception {
        Path csv = Path.of(args[0]);
        Path folder = Path.of(args[1]);
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        for (int run = 1; run <= runs; run++) {
            Path file = folder.resolve("import-phases-" + run + ".db");
            for (String suffix : new String[] {"", "-wal", "-shm", ".lock"}) {
                Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
            }
            long start = System.nanoTime();
            Map<ImportPhase, Long> began = new EnumMap<>(ImportPhase.class);
            ImportMonitor monitor = new ImportMonitor() {
                @Override
                public void progress(ImportPhase phase, long done, long total) {
                    began.putIfAbsent(phase, System.nanoTime());
                }
            };
            long opened;
            long written;
            try (Database database = Database.open(file, OpenMode.CREATE_IF_MISSING, Clock.systemDefaultZone())) {
                opened = System.nanoTime();
                CsvImporter importer = new CsvImporter(database, Clock.systemDefaultZone());
                ImportPlan plan = importer.check(csv, new ImportOptions(false, true), monitor);
                importer.write(plan, monitor);
                written = System.nanoTime();
            }
            long closed = System.nanoTime();
            System.out.printf("run %d: open %d ms, read %d ms, check %d ms, write %d ms, close %d ms, total %d ms%n",
                    run, ms(start, opened), ms(began.get(ImportPhase.READING), began.get(ImportPhase.CHECKING)),
                    ms(began.get(ImportPhase.CHECKING), began.get(ImportPhase.WRITING)),
                    ms(began.get(ImportPhase.WRITING), written), ms(written, closed), ms(start, closed));
        }
    }

    private static long ms(long from, long to) {
        return (to - from) / 1_000_000;
    }
}
