package org.loopwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The commands' clock is the system clock in the default zone, which it looks up only when asked. */
class DefaultZoneClockTest {

    @Test
    void theZoneIsLookedUpWhenFirstAskedForAndIsTheDefault() {
        DefaultZoneClock clock = new DefaultZoneClock();
        assertThat(clock).hasToString("DefaultZoneClock[zone not looked up yet]");

        assertThat(clock.getZone()).isEqualTo(ZoneId.systemDefault());
        assertThat(clock).hasToString("DefaultZoneClock[" + ZoneId.systemDefault() + "]");
    }

    @Test
    void itTellsTheSystemsTimeWithoutLookingUpTheZone() {
        DefaultZoneClock clock = new DefaultZoneClock();
        Instant before = Instant.now();

        Instant told = clock.instant();
        long millis = clock.millis();

        Instant after = Instant.now();
        assertThat(told).isBetween(before, after);
        assertThat(millis).isBetween(before.toEpochMilli(), after.toEpochMilli());
        assertThat(clock).hasToString("DefaultZoneClock[zone not looked up yet]");
    }

    @Test
    void inAnotherZoneItIsTheSystemClockThere() {
        ZoneId tokyo = ZoneId.of("Asia/Tokyo");

        assertThat(new DefaultZoneClock().withZone(tokyo)).isEqualTo(Clock.system(tokyo));
    }
}
