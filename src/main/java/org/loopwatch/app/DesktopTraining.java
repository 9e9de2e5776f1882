package org.loopwatch.app;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.loopwatch.domain.DefaultGroups;

/**
 * Writes the database of the installed app's desktop training run (decision 0074): a year of
 * results for eight groups and both stages that ends {@value #DAYS_LEFT_FREE} days before today,
 * imported as {@code loopwatch import} does. The training run starts the app on it, so its
 * start-up cache learns the start of a database with data (the dashboard's tiles and charts, not
 * the empty state), and {@link SaveTraining} fills the free days' cells as a person would.
 *
 * <p>Usage: {@code DesktopTraining DATABASE_FILE} (a file that does not exist yet). Exits 0 when
 * written, else 1 with the import's message on stderr.
 */
public final class DesktopTraining {

    static final List<String> GROUPS = List.of(DefaultGroups.NAMES.get(0), DefaultGroups.NAMES.get(1),
            DefaultGroups.NAMES.get(2), DefaultGroups.NAMES.get(3), "Volunteers", "Drivers", "Hotel staff", "Contractors");
    static final int DAYS = 365;
    /* Three days of 16 cells: room for SaveTraining's 40 saves. */
    static final int DAYS_LEFT_FREE = 3;

    private DesktopTraining() {
    }

    public static void main(String[] args) throws IOException {
        Launcher.useChosenLanguage();
        System.exit(write(Path.of(args[0]), LocalDate.now()));
    }

    /** Writes the database; returns the import's exit code (0 when written). */
    static int write(Path database, LocalDate today) throws IOException {
        Path csv = Files.createTempFile("loopwatch-desktop-training", ".csv");
        try {
            LocalDate first = today.minusDays(DAYS_LEFT_FREE + DAYS - 1L);
            Files.writeString(csv, CommandTraining.csv(GROUPS, first, DAYS), StandardCharsets.UTF_8);
            return Launcher.runCommand(new String[] {"--db", database.toString(), "import", "--create-groups", csv.toString()},
                    new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8), System.err);
        } finally {
            Files.deleteIfExists(csv);
        }
    }
}
