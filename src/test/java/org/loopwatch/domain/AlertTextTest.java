package org.loopwatch.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import java.util.OptionalDouble;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.loopwatch.domain.text.Texts;

/** What an alert says about itself: x, n, baseline days and positivity, probability, in both languages. */
class AlertTextTest {

    private static final ResultKey CELL = new ResultKey(LocalDate.of(2022, 1, 22), 3, Stage.IN_LOOP);

    @AfterEach
    void english() {
        Texts.useLanguage(Locale.ENGLISH);
    }

    private static Exceedance jump() {
        return ExceedanceDetector.check(CELL, new Counts(1_000, 8), new Counts(14_000, 14), 14, AlertRule.DEFAULT);
    }

    @Test
    void aFlagNamesItsCountsItsBaselineAndItsProbability() {
        assertThat(AlertText.explain(jump(), "Operating staff")).isEqualTo(
                "Operating staff, In-loop, 22 Jan: 8 positives in 1,000 tests (0.80 %); "
                        + "baseline 14 of 14,000 on 14 of the 14 days before (0.10 %; with the half-count 0.10 %); "
                        + "P(X ≥ 8) = 0.000013, below α 0.01");
    }

    @Test
    void aDayWithoutBaselineSaysSo() {
        Exceedance tokyo = ExceedanceDetector.check(CELL, new Counts(3_487, 3), new Counts(2_290, 0), 1,
                AlertRule.DEFAULT);

        assertThat(AlertText.explain(tokyo, "Athletes")).endsWith(
                "no baseline yet (1 of the 14 days before reported, 7 needed)");
    }

    @Test
    void anAbsoluteThresholdIsNamedWithItsLevel() {
        Exceedance over = ExceedanceDetector.check(CELL, new Counts(1_000, 2), Counts.ZERO, 0,
                new AlertRule(0.01, 2, OptionalDouble.of(0.001)));

        assertThat(AlertText.explain(over, "Media")).endsWith("positivity above the set threshold of 0.10 %");
    }

    @Test
    void probabilitiesAreWrittenOutToTwoDigits() {
        assertThat(AlertText.probability(0.0419647962119)).isEqualTo("0.042");
        assertThat(AlertText.probability(4.4958e-7)).isEqualTo("< 0.000001");
        assertThat(AlertText.number(1.0E-4)).isEqualTo("0.0001");
    }

    @Test
    void theExplanationReadsInChinese() {
        Texts.useLanguage(Locale.SIMPLIFIED_CHINESE);

        assertThat(AlertText.explain(jump(), "运营人员")).isEqualTo(
                "运营人员，闭环内检测，1月22日：1,000 份检测中 8 例阳性（0.80%）；"
                        + "基线：此前 14 天中 14 天有报告，14,000 份检测中 14 例阳性（0.10%；加半计数后 0.10%）；"
                        + "P(X ≥ 8) = 0.000013，低于 α 0.01");
    }

    /**
     * The shortcut through the shortest decimal rounds every probability as its exact binary value
     * does: random ones from 10^-6 to 1, every decimal tie at the third digit (0.0125, 0.125 …) and
     * the doubles either side of each.
     */
    @Test
    void twoSignificantDigitsAreThoseOfTheExactValueForEveryProbability() {
        java.util.Random random = new java.util.Random(20261208);
        java.util.List<Double> probabilities = new java.util.ArrayList<>();
        for (int i = 0; i < 200_000; i++) {
            probabilities.add(Math.pow(10, -6 * random.nextDouble()));
        }
        for (int exponent = 1; exponent <= 7; exponent++) {
            for (int digits = 100; digits <= 999; digits++) {
                if (digits % 10 == 5) {
                    double tie = digits / Math.pow(10, exponent + 2);
                    probabilities.addAll(java.util.List.of(tie, Math.nextUp(tie), Math.nextDown(tie)));
                }
            }
        }
        int ties = 0;
        for (double p : probabilities) {
            java.math.BigDecimal exact = new java.math.BigDecimal(p).round(new java.math.MathContext(2)).stripTrailingZeros();
            assertThat(AlertText.twoSignificantDigits(p)).as("p = %s", p).isEqualByComparingTo(exact);
            if (java.math.BigDecimal.valueOf(p).stripTrailingZeros().precision() == 3) {
                ties++;
            }
        }
        assertThat(ties).as("three-digit decimals exercised").isGreaterThan(500);
    }
}
