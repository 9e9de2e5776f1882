package org.loopwatch.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.loopwatch.report.BriefingContent;
import org.loopwatch.report.BriefingExport;
import org.loopwatch.report.BriefingSpec;
import org.loopwatch.report.PdfWarmUp;
import org.loopwatch.store.Database;
import org.loopwatch.store.OpenMode;
import org.loopwatch.store.SqliteNativeLibrary;

/**
 * Where the time of a command-line briefing goes, in a fresh JVM as the command line runs it:
 * JVM start, opening the database, computing, each chart page drawn, the file saved. Usage:
 * {@code BriefingPhases DB OUT.pdf [FROM]} (FROM as yyyy-MM-dd; without it the whole period).
 */
public final class BriefingPhases {

    private BriefingPhases() {
    }

    public static void main(String[] args) throws Exception {
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        long t0 = System.currentTimeMillis();
        Optional<LocalDate> from = args.length > 2 ? Optional.of(LocalDate.parse(args[2])) : Optional.empty();
        // As the command line does (Launcher): the SQLite library from the per-user cache, not copied out again.
        SqliteNativeLibrary.useCacheFolder(Path.of(System.getProperty("user.home"), ".cache", "loopwatch"));
        PdfWarmUp.start();
        StringBuilder line = new StringBuilder("jvm start→main " + (t0 - jvmStart) + " ms");
        long mark = t0;
        try (Database database = Database.open(Path.of(args[0]), OpenMode.MUST_EXIST)) {
            mark = step(line, "open", mark);
            BriefingContent content = BriefingExport.prepare(database, BriefingSpec.of(from, Optional.empty()),
                    Clock.systemDefaultZone());
            mark = step(line, "prepare", mark);
            long[] marks = {mark};
            BriefingExport.write(content, Path.of(args[1]), (done, total, what) -> {
                marks[0] = step(line, done < total ? "chart " + done : "save", marks[0]);
            });
        }
        System.out.println(line + "; total from JVM start " + (System.currentTimeMillis() - jvmStart) + " ms");
        System.exit(0);
    }

    private static long step(StringBuilder line, String name, long since) {
        long now = System.currentTimeMillis();
        line.append(", ").append(name).append(' ').append(now - since).append(" ms");
        return now;
    }
}
