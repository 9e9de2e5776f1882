package org.loopwatch.report;

import java.util.List;
import org.loopwatch.domain.ConfidenceLevel;
import org.loopwatch.domain.ExceedanceDetector;
import org.loopwatch.domain.IntervalMethod;
import org.loopwatch.domain.PositivesPerHundredArrivals;
import org.loopwatch.domain.RollingWindow;

/** The methods page of the briefing: what every number means, in sentences an official can follow. */
final class MethodsNote {

    private MethodsNote() {
    }

    static List<String> paragraphs(RollingWindow window, IntervalMethod method, ConfidenceLevel level) {
        int days = window.days();
        return List.of(
                "Positivity is a ratio of sums: all positives divided by all tests of the chosen groups, stage and "
                        + "days. It is never the mean of daily percentages, which would give a day with 10 tests the "
                        + "same weight as a day with 10,000. A group, stage or period without tests reads \"no tests\", "
                        + "never 0 %.",
                "Confidence intervals: " + method.label() + " at " + level.percent() + " % (Apache Commons "
                        + "Statistics). The interval is the range of true positivities that fit the observed "
                        + "counts; it is wide when there are few tests. With 0 positives the lower bound is 0, so "
                        + "\"0 / 171\" still allows a true positivity of up to about 2 %.",
                "Rolling and recent positivity: the " + days + " days ending on each day (in the table: the last "
                        + days + " days of the period), again as a ratio of sums. A window in which a group did "
                        + "not report one of its days for a stage is incomplete (an open dot in the charts, "
                        + "\"days incomplete\" in the table): its value may still change when the missing day "
                        + "arrives. A day reported with 0 tests is reported, not missing.",
                "Exceedance flag: a day's positives x in n tests, for one group and stage, are flagged when x ≥ "
                        + ExceedanceDetector.MIN_POSITIVES + " and the one-sided binomial probability "
                        + "P(X ≥ x | n, p0) < " + ExceedanceDetector.THRESHOLD + ", where p0 is the positivity of the "
                        + ExceedanceDetector.BASELINE_DAYS + " days before that day. Without tests in those days "
                        + "there is no baseline and no flag. Each group and stage is judged on its own; a rollup "
                        + "shows the flags of its groups.",
                PositivesPerHundredArrivals.LABEL + ": all positives of both stages divided by the arrival tests, "
                        + "times 100: the figure of press reports such as \"72 of the 2,586 newly arrived tested "
                        + "positive\". It is not a positivity, because its numerator holds in-loop positives whose "
                        + "tests are not in its denominator; it is given under its exact name only.",
                "Why the stages are kept apart: arrival screening tests people just off the plane, once; in-loop "
                        + "screening tests everyone inside the loop again and again. Their positivities differ "
                        + "about a hundredfold (in January 2022 about 1.6 % against 0.01 %), so a ratio mixing them "
                        + "mostly measures how many tests of each kind were done. Each figure says its stage; the "
                        + "\"Both\" rows add the two for completeness, not for comparison.",
                "Small rates: below 0.1 % a rate is given to three significant digits and also per 100,000 "
                        + "tests (0.01 % = 10 per 100,000 tests). Counts have thousands separators.",
                "Provenance: \"data as of\" is the time of the last change to the database; the fingerprint is a "
                        + "hash of the rows used (date, group, stage, tests, positives). Two exports with the same "
                        + "fingerprint were drawn from the same numbers.");
    }
}
