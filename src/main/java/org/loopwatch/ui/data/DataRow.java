package org.loopwatch.ui.data;

import java.time.LocalDate;
import org.loopwatch.domain.DailyResult;
import org.loopwatch.domain.Group;
import org.loopwatch.domain.RateFormat;
import org.loopwatch.domain.Stage;

/**
 * One stored daily result as the data table shows it, with its group resolved.
 *
 * @param closed whether its day is closed (changing it needs a reason)
 * @param version the row's version as read (0 when not known: its edits replace without a version check)
 */
public record DataRow(DailyResult result, Group group, boolean closed, long version) {

    /** A row of an open day whose version is not known. */
    public DataRow(DailyResult result, Group group) {
        this(result, group, false, 0);
    }

    public LocalDate date() {
        return result.date();
    }

    public Stage stage() {
        return result.stage();
    }

    /** "2,415" */
    public String testsText() {
        return RateFormat.count(result.tests());
    }

    public String positivesText() {
        return RateFormat.count(result.positives());
    }

    /** "1.6 %", or "no tests" for a row with 0 tests (never 0 %). */
    public String positivityText() {
        return result.tests() == 0 ? RateFormat.noTests()
                : RateFormat.percent((double) result.positives() / result.tests());
    }

    public String note() {
        return result.note();
    }
}
