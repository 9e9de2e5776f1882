package org.loopwatch.store;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.loopwatch.domain.DailyResult;
import org.loopwatch.domain.DailyResultValidator;
import org.loopwatch.domain.Group;
import org.loopwatch.domain.RawEntry;
import org.loopwatch.domain.RecentTests;
import org.loopwatch.domain.Stage;
import org.loopwatch.domain.ValidationContext;
import org.loopwatch.domain.ValidationResult;

/**
 * A LoopWatch that types entries as fast as it can, for {@link CrashSafetyTest}: it starts the way
 * the desktop app does (open, daily backup), then validates each entry with
 * {@link DailyResultValidator} and saves it with {@code insert}, or {@code replace} when the cell
 * exists (the entry screen's "replace"). Before each save it prints {@code try KEY VALUE}, after
 * the store acknowledged it {@code ack KEY VALUE}. Arguments: database path, random seed.
 */
public final class CrashChildMain {

    /** The key space: days × groups × stages, small enough that many saves are replacements. */
    static final int DAYS = 40;
    static final LocalDate FIRST_DAY = LocalDate.of(2022, 1, 4);

    private CrashChildMain() {
    }

    public static void main(String[] args) {
        PrintStream out = args.length > 2 ? new Tee(new PrintStream(System.out, false, StandardCharsets.UTF_8),
                args[2]) : new PrintStream(System.out, false, StandardCharsets.UTF_8);
        Path file = Path.of(args[0]);
        Random random = new Random(Long.parseLong(args[1]));
        try (Database database = Database.open(file, OpenMode.CREATE_IF_MISSING)) {
            database.dailyBackupIfDue();
            List<Group> groups = database.groups().findAll();
            ValidationContext context = new ValidationContext(LocalDate.of(2022, 3, 31), Optional.empty(), groups,
                    RecentTests.NONE);
            out.println("ready");
            out.flush();
            while (true) {
                Group group = groups.get(random.nextInt(groups.size()));
                LocalDate date = FIRST_DAY.plusDays(random.nextInt(DAYS));
                Stage stage = random.nextBoolean() ? Stage.ARRIVAL : Stage.IN_LOOP;
                long tests = random.nextInt(5_000);
                long positives = tests == 0 ? 0 : random.nextInt((int) Math.min(tests, 50) + 1);
                ValidationResult checked = DailyResultValidator.validate(new RawEntry(date.toString(), group.name(),
                        stage.code(), Long.toString(tests), Long.toString(positives), "crash test"), context);
                DailyResult result = checked.result().orElseThrow();
                String line = result.date() + " " + result.groupId() + " " + result.stage().code() + " "
                        + result.tests() + " " + result.positives();
                out.println("try " + line);
                out.flush();
                if (database.results().find(result.key()).isPresent()) {
                    database.results().replace(result, "");
                } else {
                    database.results().insert(result);
                }
                out.println("ack " + line);
                out.flush();
                if (out.checkError()) {
                    return; // the test that reads us is gone: stop rather than save forever
                }
            }
        } catch (RuntimeException e) {
            out.println("failed " + e);
            out.flush();
            System.exit(1);
        }
    }

    /**
     * Writes every line to stdout and to a log file. A pipe may lose what a killed child wrote
     * last (the JDK closes it while the reader drains it), so the test takes the file, in which
     * every completed write survives a SIGKILL, as the record of what was acknowledged.
     */
    private static final class Tee extends PrintStream {

        private final PrintStream log;

        Tee(PrintStream out, String logFile) {
            super(out, false, StandardCharsets.UTF_8);
            try {
                this.log = new PrintStream(new java.io.FileOutputStream(logFile), false, StandardCharsets.UTF_8);
            } catch (java.io.FileNotFoundException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        @Override
        public void println(String line) {
            log.println(line);
            log.flush();
            super.println(line);
        }

        @Override
        public void flush() {
            log.flush();
            super.flush();
        }
    }
}
