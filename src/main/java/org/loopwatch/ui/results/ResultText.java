package org.loopwatch.ui.results;

import java.util.function.LongFunction;
import org.loopwatch.domain.DailyResult;
import org.loopwatch.domain.RateFormat;
import org.loopwatch.domain.ResultKey;

/** The words screens and audit reasons use for a daily result, so they read the same everywhere. */
public final class ResultText {

    private ResultText() {
    }

    /** "5 Jan 2022, Athletes, Arrival (airport)", the date in the one style people read. */
    public static String key(ResultKey key, LongFunction<String> groupNames) {
        return org.loopwatch.domain.text.DateStyle.date(key.date()) + ", " + groupNames.apply(key.groupId()) + ", " + key.stage().label();
    }

    /** "0 / 171 positives" plus the note, if any: the values of one row. */
    public static String values(DailyResult row) {
        String counts = RateFormat.count(row.positives()) + " positive" + (row.positives() == 1 ? "" : "s")
                + " in " + RateFormat.count(row.tests()) + " test" + (row.tests() == 1 ? "" : "s");
        return row.note().isEmpty() ? counts : counts + " (note: " + row.note() + ")";
    }
}
