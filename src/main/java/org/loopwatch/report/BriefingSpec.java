package org.loopwatch.report;

import java.time.LocalDate;
import java.util.Optional;
import org.loopwatch.domain.ConfidenceLevel;
import org.loopwatch.domain.IntervalMethod;
import org.loopwatch.domain.RollingWindow;

/**
 * What a briefing covers. Anything empty follows the data (period) or the Settings defaults
 * (window, interval method and level), as on the command line; the dashboard passes its filters.
 */
public record BriefingSpec(Optional<LocalDate> from, Optional<LocalDate> to, Optional<RollingWindow> window,
                           Optional<IntervalMethod> method, Optional<ConfidenceLevel> level) {

    /** A period, and the Settings defaults for the rest. */
    public static BriefingSpec of(Optional<LocalDate> from, Optional<LocalDate> to) {
        return new BriefingSpec(from, to, Optional.empty(), Optional.empty(), Optional.empty());
    }
}
