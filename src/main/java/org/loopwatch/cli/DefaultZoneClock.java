package org.loopwatch.cli;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The system clock in the default time zone, which it looks up when first asked rather than when
 * made. A process's first look-up of its zone loads the time-zone rules, and finding their provider
 * scans the class path (opening the jar: ≈ 20 ms of a command's start, async-profiler). Made before
 * the commands are built, a {@code Clock.systemDefaultZone()} did that on the main thread ahead of
 * picocli's reflection; looked up when a command first asks, it has been done by then on the thread
 * that starts beside the commands ({@code CommandAhead}). The same clock as
 * {@code Clock.systemDefaultZone()} for a process whose default zone does not change.
 */
final class DefaultZoneClock extends Clock {

    private volatile Clock system;

    private Clock system() {
        Clock known = system;
        if (known == null) {
            known = Clock.systemDefaultZone();
            system = known;
        }
        return known;
    }

    @Override
    public ZoneId getZone() {
        return system().getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.system(zone);
    }

    @Override
    public Instant instant() {
        return Clock.systemUTC().instant();
    }

    @Override
    public long millis() {
        return System.currentTimeMillis();
    }

    @Override
    public String toString() {
        return "DefaultZoneClock[" + (system == null ? "zone not looked up yet" : system.getZone()) + "]";
    }
}
