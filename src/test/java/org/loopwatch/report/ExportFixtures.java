package org.loopwatch.report;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.loopwatch.domain.DailyResult;
import org.loopwatch.domain.Stage;
import org.loopwatch.store.Database;
import org.loopwatch.store.Event;
import org.loopwatch.store.ImportProgress;
import org.loopwatch.store.OpenMode;

/**
 * A real database for export tests: the published figures of 4–22 January 2022 (SPEC §1) spread
 * over the days, for "Athletes" (0 positives) and "Operating staff" (arrival 39 / 2,415, in-loop
 * 33 / 336,246), under an illustrative event name, plus a group that never reported.
 */
public final class ExportFixtures {

    public static final String EVENT = "Beijing 2022 closed loop (illustrative)";
    public static final LocalDate FIRST = LocalDate.of(2022, 1, 4);
    public static final LocalDate LAST = LocalDate.of(2022, 1, 22);
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2022-01-23T06:00:00Z"), ZoneOffset.ofHours(8));

    private ExportFixtures() {
    }

    /** Creates the database file in {@code folder} and returns its path; the file is closed again. */
    public static Path publishedJanuary(Path folder) {
        Path file = folder.resolve("january.db");
        try (Database database = Database.open(file, OpenMode.CREATE_IF_MISSING, CLOCK)) {
            long athletes = database.groups().findByName("Athletes").orElseThrow().id();
            long staff = database.groups().findByName("Operating staff").orElseThrow().id();
            List<DailyResult> rows = new ArrayList<>();
            spread(rows, athletes, Stage.ARRIVAL, 171, 0);
            spread(rows, athletes, Stage.IN_LOOP, 175, 0);
            spread(rows, staff, Stage.ARRIVAL, 2_415, 39);
            spread(rows, staff, Stage.IN_LOOP, 336_246, 33);
            database.results().importAll(rows, false, "export test data", ImportProgress.NONE);
            database.event().save(new Event(EVENT, FIRST, Optional.empty()));
        }
        return file;
    }

    private static void spread(List<DailyResult> rows, long groupId, Stage stage, long tests, long positives) {
        int days = (int) (LAST.toEpochDay() - FIRST.toEpochDay() + 1);
        for (int day = 0; day < days; day++) {
            long dayTests = tests / days + (day < tests % days ? 1 : 0);
            long dayPositives = Math.min(dayTests, positives / days + (day < positives % days ? 1 : 0));
            rows.add(new DailyResult(FIRST.plusDays(day), groupId, stage, dayTests, dayPositives, ""));
        }
    }

    /** The share of dark pixels (text, axes) in a band of rows, sampling every second column. */
    public static double darkShare(BufferedImage image, int fromRow, int toRow) {
        long dark = 0;
        long all = 0;
        for (int y = fromRow; y < toRow; y++) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                int rgb = image.getRGB(x, y);
                int brightness = ((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff);
                dark += brightness < 300 ? 1 : 0;
                all++;
            }
        }
        return (double) dark / all;
    }

    /** The share of strongly coloured pixels (the groups' Okabe–Ito colours), sampling every second pixel. */
    public static double colouredShare(BufferedImage image) {
        long coloured = 0;
        long all = 0;
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                int rgb = image.getRGB(x, y);
                int r = (rgb >> 16) & 0xff;
                int g = (rgb >> 8) & 0xff;
                int b = rgb & 0xff;
                coloured += Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b)) > 80 ? 1 : 0;
                all++;
            }
        }
        return (double) coloured / all;
    }

    /** The share of pixels within a small distance of {@code rgb} (anti-aliased edges are near it, not on it). */
    public static double nearColourShare(BufferedImage image, int rgb) {
        long near = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int pixel = image.getRGB(x, y);
                int distance = Math.abs(((pixel >> 16) & 0xff) - ((rgb >> 16) & 0xff))
                        + Math.abs(((pixel >> 8) & 0xff) - ((rgb >> 8) & 0xff)) + Math.abs((pixel & 0xff) - (rgb & 0xff));
                if (distance < 24) {
                    near++;
                }
            }
        }
        return (double) near / ((long) image.getWidth() * image.getHeight());
    }
}
