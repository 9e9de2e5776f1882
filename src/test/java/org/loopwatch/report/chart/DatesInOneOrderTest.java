package org.loopwatch.report.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.loopwatch.domain.ComparisonText;
import org.loopwatch.domain.Completeness;
import org.loopwatch.domain.ReportGap;
import org.loopwatch.domain.Stage;
import org.loopwatch.domain.SummaryText;
import org.loopwatch.domain.text.DateStyle;
import org.loopwatch.domain.text.Texts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A desk writes its dates in one order everywhere: where the full date is "Feb 20, 2022" (an
 * American desk), the Compare sentence, the summary, alerts and the charts' axes put the month
 * first too, not the British "20 Feb" beside it.
 */
class DatesInOneOrderTest {

    private static final LocalDate FEB_4 = LocalDate.of(2022, 2, 4);
    private static final LocalDate FEB_20 = LocalDate.of(2022, 2, 20);
    private final Locale before = Locale.getDefault(Locale.Category.FORMAT);

    @AfterEach
    void restore() {
        Locale.setDefault(Locale.Category.FORMAT, before);
        Texts.useLanguage(Locale.ENGLISH);
    }

    @Test
    void anAmericanDeskReadsTheMonthFirstInEveryShortForm() {
        Texts.useLanguage(Locale.ENGLISH);
        Locale.setDefault(Locale.Category.FORMAT, Locale.US);

        assertThat(DateStyle.date(FEB_20)).isEqualTo("Feb 20, 2022");
        assertThat(DateStyle.dayMonth(FEB_20)).isEqualTo("Feb 20");
        assertThat(SummaryText.day(FEB_20)).isEqualTo("Feb 20");
        assertThat(ComparisonText.period(FEB_20, FEB_20)).isEqualTo("Feb 20, 2022");
        assertThat(ComparisonText.period(FEB_4, FEB_20)).isEqualTo("Feb 4–20, 2022");
        assertThat(ComparisonText.period(LocalDate.of(2022, 1, 30), LocalDate.of(2022, 2, 2)))
                .isEqualTo("Jan 30 – Feb 2, 2022");
        assertThat(ComparisonText.period(LocalDate.of(2021, 12, 30), LocalDate.of(2022, 1, 2)))
                .isEqualTo("Dec 30, 2021 – Jan 2, 2022");
        assertThat(ChartText.period(FEB_4, FEB_20)).isEqualTo("Feb 4 – Feb 20, 2022");
        assertThat(DayTicks.of(FEB_4, FEB_20)).extracting(DayTicks.Tick::label).startsWith("Feb 4", "Feb 6");
    }

    @Test
    void aBritishDeskAndTheChineseInterfaceKeepTheirOwnOrder() {
        Texts.useLanguage(Locale.ENGLISH);
        Locale.setDefault(Locale.Category.FORMAT, Locale.UK);
        assertThat(SummaryText.day(FEB_20)).isEqualTo("20 Feb");
        assertThat(ComparisonText.period(FEB_4, FEB_20)).isEqualTo("4–20 Feb 2022");
        assertThat(DayTicks.of(FEB_4, FEB_20)).extracting(DayTicks.Tick::label).startsWith("4 Feb", "6 Feb");

        // A change of the system's locale after a first use changes the order at once.
        Locale.setDefault(Locale.Category.FORMAT, Locale.US);
        assertThat(SummaryText.day(FEB_20)).isEqualTo("Feb 20");

        Texts.useLanguage(Locale.SIMPLIFIED_CHINESE);
        assertThat(SummaryText.day(FEB_20)).isEqualTo("2月20日");
        assertThat(ComparisonText.period(FEB_4, FEB_20)).isEqualTo("2022年2月4日–20日");
        assertThat(DayTicks.of(FEB_4, FEB_20)).extracting(DayTicks.Tick::label).startsWith("2月4日", "2月6日");
    }

    @Test
    void aRunOfUnreportedDaysAcrossANewYearNamesBothYears() {
        Texts.useLanguage(Locale.ENGLISH);
        Locale.setDefault(Locale.Category.FORMAT, Locale.US);

        // The daily statement of 2026-12-07 once read "Athletes, Arrival: Dec 29–Dec 6", a range that reads backwards.
        assertThat(SummaryText.gaps(missing(LocalDate.of(2025, 12, 29), LocalDate.of(2026, 12, 6)), 3))
                .isEqualTo("Athletes, Arrival: Dec 29, 2025 – Dec 6, 2026");
        assertThat(SummaryText.gaps(missing(LocalDate.of(2022, 1, 21), LocalDate.of(2022, 1, 22)), 3))
                .isEqualTo("Athletes, Arrival: Jan 21–Jan 22");
        assertThat(SummaryText.gaps(missing(FEB_20, FEB_20), 3)).isEqualTo("Athletes, Arrival: Feb 20");

        Texts.useLanguage(Locale.SIMPLIFIED_CHINESE);
        assertThat(SummaryText.gaps(missing(LocalDate.of(2025, 12, 29), LocalDate.of(2026, 12, 6)), 3))
                .contains("2025年12月29日").contains("2026年12月6日");
    }

    private static Completeness missing(LocalDate from, LocalDate to) {
        ReportGap gap = new ReportGap(1, "Athletes", Stage.ARRIVAL, from, to);
        int days = (int) gap.days();
        return new Completeness(Optional.of(from), days, days, List.of(gap));
    }
}
