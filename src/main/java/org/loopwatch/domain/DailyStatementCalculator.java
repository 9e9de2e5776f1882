package org.loopwatch.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Builds the {@link DailyStatement} from the summary calculator, so its numbers are the ones the
 * summary shows. A seam: it reads {@link SummaryCalculator} today and moves to the dashboard's
 * single period summary once that is on main, without its callers changing.
 */
public final class DailyStatementCalculator {

    private DailyStatementCalculator() {
    }

    /**
     * @param loopStart the first day counted cumulatively; a date after {@code date} counts the day alone
     */
    public static DailyStatement statement(ResultIndex index, Collection<Group> groups, LocalDate date,
                                           LocalDate loopStart) {
        LocalDate start = loopStart.isAfter(date) ? date : loopStart;
        List<SummaryRow> day = SummaryCalculator.summarize(index, groups, date, date, IntervalMethod.WILSON,
                ConfidenceLevel.NINETY_FIVE);
        List<SummaryRow> since = SummaryCalculator.summarize(index, groups, start, date, IntervalMethod.WILSON,
                ConfidenceLevel.NINETY_FIVE);
        List<DailyStatement.Line> lines = new ArrayList<>();
        for (String stage : List.of(Stage.ARRIVAL.code(), Stage.IN_LOOP.code())) {
            for (int i = 0; i < day.size(); i++) {
                SummaryRow today = day.get(i);
                if (today.stage().equals(stage)) {
                    lines.add(new DailyStatement.Line(today.group(), stage, today.counts(), since.get(i).counts()));
                }
            }
        }
        return new DailyStatement(date, start, lines);
    }
}
