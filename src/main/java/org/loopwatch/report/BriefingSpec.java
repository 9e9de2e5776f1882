package org.loopwatch.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.loopwatch.domain.ConfidenceLevel;
import org.loopwatch.domain.IntervalMethod;
import org.loopwatch.domain.RollingWindow;
import org.loopwatch.domain.StageChoice;

/**
 * What a briefing covers. Anything empty follows the data (period, groups) or the Settings
 * defaults (window, interval method and level, stage), as on the command line; the dashboard
 * passes its filters.
 *
 * @param groups names of groups or rollups, any case, in the order wanted; empty for every group
 *               and rollup with results in the period
 * @param stage  arrival and in-loop apart, one of them, or both summed; empty for Settings' default
 */
public record BriefingSpec(Optional<LocalDate> from, Optional<LocalDate> to, Optional<RollingWindow> window,
                           Optional<IntervalMethod> method, Optional<ConfidenceLevel> level, List<String> groups,
                           Optional<StageChoice> stage) {

    public BriefingSpec {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(level, "level");
        groups = List.copyOf(groups);
        Objects.requireNonNull(stage, "stage");
    }

    /** A period, every group with results, and the Settings defaults for the rest. */
    public static BriefingSpec of(Optional<LocalDate> from, Optional<LocalDate> to) {
        return new BriefingSpec(from, to, Optional.empty(), Optional.empty(), Optional.empty(), List.of(),
                Optional.empty());
    }

    /** The same briefing of these groups or rollups only (names, any case); empty for all with results. */
    public BriefingSpec withGroups(List<String> names) {
        return new BriefingSpec(from, to, window, method, level, names, stage);
    }

    /** The same briefing for this stage choice. */
    public BriefingSpec withStage(StageChoice choice) {
        return new BriefingSpec(from, to, window, method, level, groups, Optional.of(choice));
    }
}
