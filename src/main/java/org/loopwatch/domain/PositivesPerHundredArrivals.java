package org.loopwatch.domain;

import java.time.LocalDate;
import java.util.OptionalDouble;
import java.util.Set;
import org.loopwatch.domain.text.Texts;

/**
 * The press figure: all positives (arrival and in-loop) ÷ arrival tests × 100.
 *
 * <p>This is <em>not</em> a positivity: the numerator includes in-loop positives whose tests are
 * not in the denominator, so it can exceed what any test found and even exceed 100. It is shown
 * only under its exact {@link #label()}, so nobody reads it as arrival positivity.
 */
public final class PositivesPerHundredArrivals {

    private static final Texts TEXT = Texts.of(PositivesPerHundredArrivals.class);

    private PositivesPerHundredArrivals() {
    }

    /** The exact label this figure must carry wherever it is shown: "Positives per 100 arrivals". */
    public static String label() {
        return TEXT.get("positivesPerHundredArrivals");
    }

    /**
     * All positives × 100 ÷ arrival tests.
     *
     * @param allPositives positives of both stages
     * @param arrivalTests tests of the arrival stage
     * @return empty when {@code arrivalTests} is 0
     */
    public static OptionalDouble compute(long allPositives, long arrivalTests) {
        if (allPositives < 0 || arrivalTests < 0) {
            throw new IllegalArgumentException("counts must not be negative");
        }
        if (arrivalTests == 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(100.0 * allPositives / arrivalTests);
    }

    /**
     * The figure for the groups of {@code selection} (its stages are ignored: both are used as the
     * definition requires) from {@code from} to {@code to} inclusive; empty without arrival tests.
     */
    public static OptionalDouble compute(ResultIndex index, Selection selection, LocalDate from, LocalDate to) {
        long positives = index.sum(selection.withStages(Selection.BOTH_STAGES), from, to).positives();
        long arrivalTests = index.sum(selection.withStages(Set.of(Stage.ARRIVAL)), from, to).tests();
        return compute(positives, arrivalTests);
    }
}
