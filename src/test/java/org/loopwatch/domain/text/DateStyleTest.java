package org.loopwatch.domain.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** One date style for people (locale-aware), ISO read too; never ISO written. */
class DateStyleTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 4);
    private final Locale before = Locale.getDefault(Locale.Category.FORMAT);

    @AfterEach
    void restore() {
        Locale.setDefault(Locale.Category.FORMAT, before);
        Texts.useLanguage(Locale.ENGLISH);
    }

    @Test
    void englishFollowsTheSystemsEnglishAndChineseWritesChineseDates() {
        Texts.useLanguage(Locale.ENGLISH);
        Locale.setDefault(Locale.Category.FORMAT, Locale.UK);
        assertThat(DateStyle.date(DAY)).isEqualTo("4 Dec 2026");
        Locale.setDefault(Locale.Category.FORMAT, Locale.US);
        assertThat(DateStyle.date(DAY)).isEqualTo("Dec 4, 2026");
        Locale.setDefault(Locale.Category.FORMAT, Locale.GERMANY); // English interface on a German desk
        assertThat(DateStyle.date(DAY)).isEqualTo("4 Dec 2026");
        Texts.useLanguage(Locale.SIMPLIFIED_CHINESE);
        assertThat(DateStyle.date(DAY)).isEqualTo("2026年12月4日");
    }

    @Test
    void thePatternLookedUpOnceWritesWhatTheLocalizedStyleWrites() {
        // Kept per locale since decision 0056; it must stay the JDK's MEDIUM style, every month and locale.
        for (Locale locale : new Locale[] {Locale.UK, Locale.US, Locale.ENGLISH, Locale.CANADA, Locale.of("en", "IN"),
                Locale.of("en", "AU"), Locale.SIMPLIFIED_CHINESE, Locale.GERMANY}) {
            java.time.format.DateTimeFormatter localized = java.time.format.DateTimeFormatter
                    .ofLocalizedDate(java.time.format.FormatStyle.MEDIUM).withLocale(locale);
            for (LocalDate day = LocalDate.of(2026, 1, 1); day.getYear() == 2026; day = day.plusDays(9)) {
                assertThat(DateStyle.shownIn(locale).format(day)).as(locale + " " + day).isEqualTo(localized.format(day));
            }
        }
        // Switching language or system locale after a first use still switches the style.
        Texts.useLanguage(Locale.ENGLISH);
        Locale.setDefault(Locale.Category.FORMAT, Locale.US);
        assertThat(DateStyle.date(DAY)).isEqualTo("Dec 4, 2026");
        Locale.setDefault(Locale.Category.FORMAT, Locale.UK);
        assertThat(DateStyle.date(DAY)).isEqualTo("4 Dec 2026");
    }

    @Test
    void whatIsShownReadsBackAndIsoAndTheOtherStylesAreReadToo() {
        for (Locale system : new Locale[] {Locale.UK, Locale.US}) {
            Locale.setDefault(Locale.Category.FORMAT, system);
            for (Locale language : Texts.SUPPORTED) {
                Texts.useLanguage(language);
                assertThat(DateStyle.parse(DateStyle.date(DAY))).as(system + " " + language).contains(DAY);
                assertThat(DateStyle.parse("2026-12-04")).contains(DAY);
                assertThat(DateStyle.parse("4 dec 2026")).contains(DAY);
                assertThat(DateStyle.parse(" 2026年12月4日 ")).contains(DAY);
                assertThat(DateStyle.parse("4/12/2026")).contains(DAY);
            }
        }
        assertThat(DateStyle.parse("31 Feb 2026")).isEmpty();
        assertThat(DateStyle.parse("yesterday")).isEmpty();
        assertThat(DateStyle.parse("  ")).isEmpty();
    }

    @Test
    void timesAre24HourInTheGivenZoneAndTheZoneIsNamedWithItsOffset() {
        Locale.setDefault(Locale.Category.FORMAT, Locale.UK);
        Instant at = Instant.parse("2026-12-04T23:30:05Z");
        assertThat(DateStyle.dateTime(at, ZoneId.of("Asia/Shanghai"))).isEqualTo("5 Dec 2026 07:30");
        assertThat(DateStyle.dateTimeSeconds(at, ZoneOffset.UTC)).isEqualTo("4 Dec 2026 23:30:05");
        assertThat(DateStyle.zone(ZoneId.of("Asia/Shanghai"), at)).isEqualTo("Asia/Shanghai, UTC+08:00");
        assertThat(DateStyle.zone(ZoneOffset.UTC, at)).isEqualTo("UTC");
        assertThat(DateStyle.zone(ZoneId.of("Europe/Berlin"), at)).isEqualTo("Europe/Berlin, UTC+01:00");
    }
}
