package org.loopwatch.ui.dashboard;

import java.time.LocalDate;
import java.util.Random;
import org.loopwatch.domain.Stage;
import org.loopwatch.ui.UiTestDatabase;

/** Known data for dashboard tests and screenshots. */
public final class DashboardFixtures {

    public static final LocalDate JAN_4 = LocalDate.of(2022, 1, 4);
    public static final LocalDate JAN_21 = LocalDate.of(2022, 1, 21);
    public static final LocalDate JAN_22 = LocalDate.of(2022, 1, 22);

    private DashboardFixtures() {
    }

    /**
     * The published figures of 4–22 January 2022 (SPEC §1) spread over the days: Athletes take
     * "athletes and team officials" (0 positives in both stages), Operating staff take "other
     * stakeholders" (in-loop 33 / 336,246, below 0.1 %). Team officials report in-loop only, with
     * a jump to 5 positives on 22 January that the exceedance rule flags. Media report nothing.
     */
    public static void publishedJanuary(UiTestDatabase db) {
        db.spread(JAN_4, JAN_22, "Athletes", Stage.ARRIVAL, 171, 0)
                .spread(JAN_4, JAN_22, "Athletes", Stage.IN_LOOP, 175, 0)
                .spread(JAN_4, JAN_22, "Operating staff", Stage.ARRIVAL, 2_415, 39)
                .spread(JAN_4, JAN_22, "Operating staff", Stage.IN_LOOP, 336_246, 33);
        for (LocalDate date = JAN_4; date.isBefore(JAN_22); date = date.plusDays(1)) {
            db.row(date, "Team officials", Stage.IN_LOOP, 1_000, date.getDayOfMonth() == 10 ? 1 : 0);
        }
        db.row(JAN_22, "Team officials", Stage.IN_LOOP, 1_000, 5).save();
        db.database().event().addKeyDate(JAN_4, "Closed loop opens");
    }

    /**
     * Seven weeks of made-up but plausible data (4 January – 20 February), with the Games'
     * key dates, one unreported day and one flagged day: for looking at the dashboard.
     */
    public static void sevenWeeks(UiTestDatabase db) {
        Random random = new Random(2022);
        String[] groups = {"Athletes", "Team officials", "Operating staff", "Media"};
        int[] arrivals = {60, 40, 300, 80};
        int[] inLoop = {2_500, 1_800, 40_000, 6_000};
        LocalDate last = LocalDate.of(2022, 2, 20);
        for (LocalDate date = JAN_4; !date.isAfter(last); date = date.plusDays(1)) {
            double wave = date.isBefore(LocalDate.of(2022, 2, 4)) ? 1.0 : 0.4;
            for (int g = 0; g < groups.length; g++) {
                if (g == 3 && date.equals(LocalDate.of(2022, 2, 17))) {
                    continue; // Media forgot to report one day
                }
                int arrivalTests = (int) (arrivals[g] * (0.6 + random.nextDouble()) * (date.isBefore(LocalDate.of(2022, 2, 6)) ? 1.5 : 0.5));
                db.row(date, groups[g], Stage.ARRIVAL, arrivalTests, binomial(random, arrivalTests, 0.015 * wave));
                int loopTests = (int) (inLoop[g] * (0.8 + 0.4 * random.nextDouble()));
                long loopPositives = binomial(random, loopTests, 0.00012 * wave);
                if (g == 2 && date.equals(LocalDate.of(2022, 2, 12))) {
                    loopPositives = 14; // an outbreak day
                }
                db.row(date, groups[g], Stage.IN_LOOP, loopTests, loopPositives);
            }
        }
        db.save();
        db.database().event().addKeyDate(JAN_4, "Closed loop opens");
        db.database().event().addKeyDate(LocalDate.of(2022, 2, 4), "Games open");
        db.database().event().addKeyDate(LocalDate.of(2022, 2, 20), "Games close");
    }

    private static long binomial(Random random, int trials, double p) {
        // Poisson approximation by inversion: fine for the small rates used here.
        double lambda = trials * p;
        double limit = Math.exp(-lambda);
        double product = random.nextDouble();
        long count = 0;
        while (product > limit) {
            product *= random.nextDouble();
            count++;
        }
        return Math.min(count, trials);
    }
}
