package org.loopwatch.store;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.loopwatch.domain.DailyResult;
import org.loopwatch.domain.Stage;

/**
 * A second LoopWatch process for tests. Modes:
 * <ul>
 *   <li>{@code hold PATH}: open the database, print "ready", keep it open until stdin closes</li>
 *   <li>{@code save-and-hold PATH}: as hold, but insert one result first and print "saved"</li>
 *   <li>{@code try-open PATH}: try to open it and print "opened" or "refused KIND"</li>
 *   <li>{@code race PATH GO}: print "waiting", wait until the file GO exists, then try to open;
 *       print "opened" and hold until stdin closes, or "refused KIND MESSAGE"</li>
 * </ul>
 */
public final class LoopWatchChildMain {

    private LoopWatchChildMain() {
    }

    public static void main(String[] args) throws IOException {
        String mode = args[0];
        Path file = Path.of(args[1]);
        if (mode.equals("race")) {
            race(file, Path.of(args[2]));
            return;
        }
        if (mode.equals("try-open")) {
            try {
                Database.open(file, OpenMode.CREATE_IF_MISSING).close();
                System.out.println("opened");
            } catch (StoreException e) {
                System.out.println("refused " + e.kind());
            }
            return;
        }
        try (Database database = Database.open(file, OpenMode.CREATE_IF_MISSING)) {
            if (mode.equals("save-and-hold")) {
                long athletes = database.groups().findByName("Athletes").orElseThrow().id();
                database.results().insert(new DailyResult(LocalDate.of(2022, 1, 4), athletes, Stage.ARRIVAL, 171, 0, ""));
                System.out.println("saved");
            } else {
                System.out.println("ready");
            }
            System.out.flush();
            while (System.in.read() != -1) {
                // Hold the database until the parent closes our stdin (or kills us).
            }
        }
    }

    private static void race(Path file, Path go) throws IOException {
        System.out.println("waiting");
        System.out.flush();
        while (!java.nio.file.Files.exists(go)) {
            Thread.onSpinWait();
        }
        Database database;
        try {
            database = Database.open(file, OpenMode.CREATE_IF_MISSING);
        } catch (StoreException e) {
            System.out.println("refused " + e.kind() + " " + e.getMessage());
            return;
        }
        try (database) {
            System.out.println("opened");
            System.out.flush();
            while (System.in.read() != -1) {
                // Hold the database until the parent closes our stdin.
            }
        }
    }
}
