package org.loopwatch.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.loopwatch.domain.StageChoice;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code [--from DATE] [--to DATE] [--group NAME]... [--stage apart|arrival|in_loop|all]}: which
 * figures {@code export chart} and {@code export briefing} draw, as the dashboard's filters choose
 * them. One set of options, so the two commands cannot drift apart in name, default or help text.
 */
final class ChartFilterOptions {

    @Mixin
    private PeriodOptions period;

    @Option(names = "--group", paramLabel = "NAME", descriptionKey = "group")
    private List<String> groups = new ArrayList<>();

    /** Empty: Settings' default stage, arrival and in-loop apart unless set (decision 0028). */
    @Option(names = "--stage", paramLabel = "apart|arrival|in_loop|all", descriptionKey = "stage",
            converter = OptionConverters.StageChoices.class)
    private StageChoice stage;

    PeriodOptions period() {
        return period;
    }

    /** The groups named, in the order given; empty for every group. */
    List<String> groups() {
        return groups;
    }

    /** The stage given; empty for Settings' default stage. */
    Optional<StageChoice> stage() {
        return Optional.ofNullable(stage);
    }
}
