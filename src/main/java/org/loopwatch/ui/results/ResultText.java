package org.loopwatch.ui.results;

import java.util.function.LongFunction;
import org.loopwatch.domain.DailyResult;
import org.loopwatch.domain.ResultKey;

/** The words screens and audit reasons use for a daily result, so they read the same everywhere. */
public final class ResultText {

    private static final org.loopwatch.domain.text.Texts TEXT = org.loopwatch.domain.text.Texts.of(ResultText.class);

    private ResultText() {
    }

    /** "5 Jan 2022, Athletes, Arrival (airport)", the date in the one style people read. */
    public static String key(ResultKey key, LongFunction<String> groupNames) {
        return TEXT.format("key", org.loopwatch.domain.text.DateStyle.date(key.date()), groupNames.apply(key.groupId()),
                key.stage().label());
    }

    /** "0 / 171 positives" plus the note, if any: the values of one row. */
    public static String values(DailyResult row) {
        String counts = TEXT.format("values", row.positives(), row.tests());
        return row.note().isEmpty() ? counts : TEXT.format("values.note", counts, row.note());
    }
}
