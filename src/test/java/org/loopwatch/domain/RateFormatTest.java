package org.loopwatch.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RateFormatTest {

    private static RateEstimate wilson95(long positives, long tests) {
        return PositivityCalculator.estimate(new Counts(tests, positives));
    }

    @Test
    void describesAZeroNumeratorLikeTheSpec() {
        assertThat(RateFormat.describe(wilson95(0, 171))).isEqualTo("0 / 171 (0 %, 95 % CI 0–2.2 %)");
    }

    @Test
    void describesTheOperatingStaffArrivalsWithThousandsSeparators() {
        assertThat(RateFormat.describe(wilson95(72, 2586))).isEqualTo("72 / 2,586 (2.8 %, 95 % CI 2.2–3.5 %)");
    }

    @Test
    void keepsTinyInLoopPositivityReadableWithAPerHundredThousandFigure() {
        RateEstimate inLoop = wilson95(33, 336_246);

        assertThat(RateFormat.positivity(inLoop)).isEqualTo("0.00981 % (9.81 per 100,000 tests)");
        assertThat(RateFormat.describe(inLoop))
                .isEqualTo("33 / 336,246 (0.00981 %, 95 % CI 0.00699–0.0138 %; 9.81 per 100,000 tests)");
    }

    @ParameterizedTest(name = "{0} reads \"{1}\"")
    @CsvSource(delimiter = '|', value = {
        "0        | 0 %",
        "1        | 100 %",
        "0.08     | 8.0 %",
        "0.16375  | 16.4 %",
        "0.01     | 1.0 %",
        "0.0025   | 0.25 %",
        "0.001    | 0.10 %",
        "0.000981 | 0.0981 %",
        "0.0000981| 0.00981 %",
    })
    void usesAdaptivePrecision(double fraction, String expected) {
        assertThat(RateFormat.percent(fraction)).isEqualTo(expected);
    }

    @Test
    void noTestsReadNoTestsNeverZeroOrNaN() {
        RateEstimate none = wilson95(0, 0);

        assertThat(RateFormat.positivity(none)).isEqualTo("no tests");
        assertThat(RateFormat.interval(none)).isEqualTo("no tests");
        assertThat(RateFormat.describe(none)).isEqualTo("0 / 0 (no tests)");
    }

    @Test
    void theIntervalNamesItsLevel() {
        RateEstimate at99 = PositivityCalculator.estimate(new Counts(75, 6), IntervalMethod.CLOPPER_PEARSON,
                ConfidenceLevel.NINETY_NINE);

        assertThat(RateFormat.interval(at99)).startsWith("99 % CI ");
    }

    @Test
    void countsUseCommasWhateverTheMachineLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertThat(RateFormat.count(336_246)).isEqualTo("336,246");
            assertThat(RateFormat.percent(0.02784)).isEqualTo("2.8 %");
        } finally {
            Locale.setDefault(before);
        }
    }

    @ParameterizedTest(name = "p {0} reads \"{1}\"")
    @CsvSource(delimiter = '|', value = {
        "0.108      | 0.11",
        "0.0214     | 0.021",
        "0.0496     | 0.0496",
        "0.0004     | < 0.001",
        "1          | 1.00",
    })
    void formatsPValuesSoTheThresholdSideIsNeverMisread(double p, String expected) {
        assertThat(RateFormat.pValue(p)).isEqualTo(expected);
    }

    @Test
    void formatsRatiosAndDifferences() {
        assertThat(RateFormat.ratio(1.764)).isEqualTo("1.8");
        assertThat(RateFormat.ratio(12.4)).isEqualTo("12");
        assertThat(RateFormat.percentagePoints(0.02784)).isEqualTo("+2.8 percentage points");
        assertThat(RateFormat.percentagePoints(-0.0025)).isEqualTo("−0.25 percentage points");
    }

    @Test
    void writesCountsAsStringFormatDoesWithThousandsSeparators() {
        java.util.Random random = new java.util.Random(20);
        List<Long> values = new java.util.ArrayList<>(List.of(0L, 7L, -7L, 999L, 1_000L, -1_000L, 12_345L, 999_999L,
                1_000_000L, Long.MAX_VALUE, Long.MIN_VALUE));
        for (int i = 0; i < 2_000; i++) {
            values.add(random.nextLong() >> random.nextInt(64));
        }
        for (long value : values) {
            assertThat(RateFormat.count(value)).as("%d", value).isEqualTo(String.format(Locale.ENGLISH, "%,d", value));
        }
    }
}
