package org.loopwatch.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.loopwatch.domain.text.Texts;

/** The unreported days the statement, the briefing and the tiles name. */
class SummaryTextGapsTest {

    private final Locale before = Locale.getDefault(Locale.Category.FORMAT);

    @AfterEach
    void restore() {
        Locale.setDefault(Locale.Category.FORMAT, before);
        Texts.useLanguage(Locale.ENGLISH);
    }

    @Test
    void aRunOfDaysAcrossANewYearNamesBothYears() {
        Texts.useLanguage(Locale.ENGLISH);
        Locale.setDefault(Locale.Category.FORMAT, Locale.US);

        // The daily statement of 2026-12-07 once read "Athletes, Arrival: Dec 29–Dec 6", a range that reads backwards.
        assertThat(SummaryText.gaps(completeness(gap(LocalDate.of(2025, 12, 29), LocalDate.of(2026, 12, 6))), 3))
                .isEqualTo("Athletes, Arrival: Dec 29, 2025 – Dec 6, 2026");
        assertThat(SummaryText.gaps(completeness(gap(LocalDate.of(2022, 1, 21), LocalDate.of(2022, 1, 22))), 3))
                .isEqualTo("Athletes, Arrival: Jan 21–Jan 22");
        assertThat(SummaryText.gaps(completeness(gap(LocalDate.of(2022, 1, 22), LocalDate.of(2022, 1, 22))), 3))
                .isEqualTo("Athletes, Arrival: Jan 22");

        Texts.useLanguage(Locale.SIMPLIFIED_CHINESE);
        assertThat(SummaryText.gaps(completeness(gap(LocalDate.of(2025, 12, 29), LocalDate.of(2026, 12, 6))), 3))
                .contains("2025年12月29日").contains("2026年12月6日");
    }

    private static ReportGap gap(LocalDate from, LocalDate to) {
        return new ReportGap(1, "Athletes", Stage.ARRIVAL, from, to);
    }

    private static Completeness completeness(ReportGap gap) {
        int days = (int) gap.days();
        return new Completeness(Optional.of(gap.from()), days, days, List.of(gap));
    }
}
