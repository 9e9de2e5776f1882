package org.loopwatch.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link PeriodSummaryCalculator} sums. Build it with {@link #of} and the {@code with…}
 * methods; everything not set follows the defaults named there.
 *
 * @param index     every stored result (not only the period's: flags look 14 days back and
 *                  completeness needs each group's first result)
 * @param groups    every group, active or not; their names label gaps, their active flag says
 *                  who is due to report
 * @param subjects  the groups, rollups or "all groups" to summarise, in the order wanted
 * @param scopes    the stage scopes per subject, in the order wanted
 * @param from      first day of the period, inclusive
 * @param to        last day of the period, inclusive; not before {@code from}
 * @param window    W of "last W days"
 * @param method    interval method
 * @param level     interval level
 * @param loopStart the event's loop start: nobody is due to report before it; empty when unknown
 * @param today     nobody is due to report after it
 * @param alertRules the rules that judge each cell's days (SPEC §2 Exceedance flag)
 */
public record PeriodSummaryRequest(ResultIndex index, List<Group> groups, List<SummarySubject> subjects,
                                   List<StageScope> scopes, LocalDate from, LocalDate to, RollingWindow window,
                                   IntervalMethod method, ConfidenceLevel level, Optional<LocalDate> loopStart,
                                   LocalDate today, AlertRules alertRules) {

    /** Arrival and in-loop apart: what every summary shows unless mixing is asked for. */
    public static final List<StageScope> STAGES_APART = List.of(StageScope.ARRIVAL, StageScope.IN_LOOP);

    public PeriodSummaryRequest {
        Objects.requireNonNull(index, "index");
        groups = List.copyOf(groups);
        subjects = List.copyOf(subjects);
        scopes = List.copyOf(scopes);
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(loopStart, "loopStart");
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(alertRules, "alertRules");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the period ends (" + to + ") before it starts (" + from + ")");
        }
    }

    /**
     * A request with the defaults: arrival and in-loop apart, a 7-day window, Wilson 95 %, no loop
     * start, "today" far enough ahead that it never cuts the period, and the default alert rules.
     */
    public static PeriodSummaryRequest of(ResultIndex index, List<Group> groups, List<SummarySubject> subjects,
                                          LocalDate from, LocalDate to) {
        return new PeriodSummaryRequest(index, groups, subjects, STAGES_APART, from, to, RollingWindow.DEFAULT,
                IntervalMethod.WILSON, ConfidenceLevel.NINETY_FIVE, Optional.empty(), LocalDate.MAX,
                AlertRules.DEFAULTS);
    }

    public PeriodSummaryRequest withScopes(List<StageScope> otherScopes) {
        return new PeriodSummaryRequest(index, groups, subjects, otherScopes, from, to, window, method, level,
                loopStart, today, alertRules);
    }

    public PeriodSummaryRequest withWindow(RollingWindow otherWindow) {
        return new PeriodSummaryRequest(index, groups, subjects, scopes, from, to, otherWindow, method, level,
                loopStart, today, alertRules);
    }

    public PeriodSummaryRequest withInterval(IntervalMethod otherMethod, ConfidenceLevel otherLevel) {
        return new PeriodSummaryRequest(index, groups, subjects, scopes, from, to, window, otherMethod, otherLevel,
                loopStart, today, alertRules);
    }

    /** The loop start and today, which bound when groups are due to report. */
    public PeriodSummaryRequest withReportingBounds(Optional<LocalDate> otherLoopStart, LocalDate otherToday) {
        return new PeriodSummaryRequest(index, groups, subjects, scopes, from, to, window, method, level,
                otherLoopStart, otherToday, alertRules);
    }

    /** The alert rules (per group and stage, with defaults) that judge each cell's days. */
    public PeriodSummaryRequest withAlertRules(AlertRules otherRules) {
        return new PeriodSummaryRequest(index, groups, subjects, scopes, from, to, window, method, level,
                loopStart, today, otherRules);
    }

    /** First day of the last-W-days window, which ends on {@link #to}. */
    public LocalDate windowFrom() {
        return window.firstDay(to);
    }
}
