package org.loopwatch.app;

import java.math.BigDecimal;
import java.time.ZoneId;
import org.loopwatch.store.OpeningAhead;

/**
 * What every command needs once and can have without its arguments, done on a thread of its own
 * while the main thread builds the commands (picocli's reflection: ≈ 70 ms of a command's start,
 * each kind of annotation given a proxy class made on the spot). On two cores the other core is
 * not busy then; a ten-row import's wall time fell ≈ 20 ms of ≈ 200 (decision 0076).
 *
 * <ul>
 *   <li><b>The default time zone</b>, which the commands' clock looks up when first asked
 *       ({@code DefaultZoneClock}): the first look-up loads the time-zone rules, and finding their
 *       provider scans the class path, which opens the jar (13,000 entries).</li>
 *   <li><b>What opening the first database costs once</b> ({@link OpeningAhead}).</li>
 *   <li><b>{@code BigDecimal}'s class</b>, which rounds every rate a summary or a briefing
 *       prints: on JDK 25 its initialisation squares a table of large powers, ≈ 12 ms in the
 *       interpreter, on the main thread in the middle of a briefing otherwise (decision 0081).</li>
 * </ul>
 */
final class CommandAhead {

    private CommandAhead() {
    }

    /** Starts the work on a daemon thread and returns at once. */
    static void startInTheBackground() {
        Thread ahead = new Thread(CommandAhead::prepare, "loopwatch-command-ahead");
        ahead.setDaemon(true);
        ahead.start();
    }

    /* Never throws: an uncaught failure would print a stack trace among a command's own messages. */
    static void prepare() {
        try {
            ZoneId.systemDefault();
        } catch (RuntimeException notNow) {
            // The clock meets the same trouble when a command asks for it, and reports it there.
        }
        OpeningAhead.prepare();
        BigDecimal.valueOf(1, 2).stripTrailingZeros();
    }
}
