package org.loopwatch.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.loopwatch.domain.text.Texts;

/**
 * Rates, stages and methods in Chinese as a Chinese public-health
 * officer writes them: the same digits, no space before "%", 置信区间, full-width brackets.
 */
class DomainTextsInChineseTest {

    @BeforeEach
    void chinese() {
        Texts.useLanguage(Locale.SIMPLIFIED_CHINESE);
    }

    @AfterEach
    void english() {
        Texts.useLanguage(Locale.ENGLISH);
    }

    @Test
    void theSpecsReferenceRatesReadInChinese() {
        assertThat(RateFormat.describe(PositivityCalculator.estimate(new Counts(2586, 72))))
                .isEqualTo("72 / 2,586（2.8%，95% 置信区间 2.2–3.5%）");
        assertThat(RateFormat.describe(PositivityCalculator.estimate(new Counts(171, 0))))
                .isEqualTo("0 / 171（0%，95% 置信区间 0–2.2%）");
        assertThat(RateFormat.positivity(PositivityCalculator.estimate(new Counts(336_246, 33))))
                .isEqualTo("0.00981%（每10万检测 9.81 例）");
        assertThat(RateFormat.describe(PositivityCalculator.estimate(new Counts(0, 0)))).isEqualTo("0 / 0（无检测）");
        assertThat(RateFormat.percentagePoints(0.028)).isEqualTo("+2.8 个百分点");
    }

    @Test
    void stagesMethodsAndWindowsAreNamedAsChineseEpidemiologyNamesThem() {
        assertThat(Stage.ARRIVAL.label()).isEqualTo("入境（机场）检测");
        assertThat(Stage.IN_LOOP.label()).isEqualTo("闭环内筛查");
        assertThat(IntervalMethod.WILSON.label()).isEqualTo("Wilson 得分区间");
        assertThat(IntervalMethod.CLOPPER_PEARSON.label()).isEqualTo("Clopper–Pearson 精确区间");
        assertThat(RollingWindow.SEVEN_DAYS.label()).isEqualTo("滚动7日阳性率");
    }
}
