package org.loopwatch.report;

import java.util.List;
import org.loopwatch.domain.ConfidenceLevel;
import org.loopwatch.domain.ExceedanceDetector;
import org.loopwatch.domain.IntervalMethod;
import org.loopwatch.domain.PositivesPerHundredArrivals;
import org.loopwatch.domain.RollingWindow;
import org.loopwatch.domain.text.Texts;

/** The methods page of the briefing: what every number means, in sentences an official can follow. */
final class MethodsNote {

    private static final Texts TEXT = Texts.of(MethodsNote.class);

    private MethodsNote() {
    }

    static List<String> paragraphs(RollingWindow window, IntervalMethod method, ConfidenceLevel level) {
        String days = Integer.toString(window.days());
        return List.of(
                TEXT.get("methods.ratioOfSums"),
                TEXT.format("methods.intervals", method.label(), Integer.toString(level.percent())),
                TEXT.format("methods.rolling", days),
                TEXT.format("methods.exceedance", String.valueOf(ExceedanceDetector.MIN_POSITIVES),
                        String.valueOf(ExceedanceDetector.THRESHOLD), Integer.toString(ExceedanceDetector.BASELINE_DAYS),
                        Integer.toString(ExceedanceDetector.MIN_BASELINE_DAYS)),
                TEXT.format("methods.perHundred", PositivesPerHundredArrivals.label()),
                TEXT.get("methods.stagesApart"),
                TEXT.get("methods.smallRates"),
                TEXT.get("methods.provenance"));
    }
}
