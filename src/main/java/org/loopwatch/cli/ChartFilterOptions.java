package org.loopwatch.cli;

import java.util.List;
import java.util.Optional;
import org.loopwatch.domain.StageChoice;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@code [--from DATE] [--to DATE] [--group NAME]... [--stage apart|arrival|in_loop|all]}: which
 * figures {@code export chart} and {@code export briefing} draw, as the dashboard's filters choose
 * them. One set of options, so the two commands cannot drift apart in name, default or help text.
 */
final class ChartFilterOptions {

    private final PeriodOptions period = new PeriodOptions();
    private final OptionSpec groups = CommandSpecs.repeated("--group", "NAME", "group");
    /** Not given: Settings' default stage, arrival and in-loop apart unless set (decision 0028). */
    private final OptionSpec stage = CommandSpecs.option("--stage", "apart|arrival|in_loop|all", "stage",
            StageChoice.class, new OptionConverters.StageChoices());

    /** Adds the options to a command, where it lists them. */
    void addTo(CommandSpec command) {
        period.addTo(command);
        command.addOption(groups).addOption(stage);
    }

    PeriodOptions period() {
        return period;
    }

    /** The groups named, in the order given; empty for every group. */
    List<String> groups() {
        return CommandSpecs.value(groups, List.of());
    }

    /** The stage given; empty for Settings' default stage. */
    Optional<StageChoice> stage() {
        return Optional.ofNullable(stage.getValue());
    }
}
