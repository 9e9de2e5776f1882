package org.loopwatch.cli;

import java.time.LocalDate;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** {@code [--from DATE] [--to DATE]}, shared by the commands that take a period. */
final class PeriodOptions {

    private final OptionSpec from = CommandSpecs.option("--from", "DATE", "from", LocalDate.class,
            new OptionConverters.Date());
    private final OptionSpec to = CommandSpecs.option("--to", "DATE", "to", LocalDate.class,
            new OptionConverters.Date());

    /** Adds the two options to a command, where it lists them. */
    void addTo(CommandSpec command) {
        command.addOption(from).addOption(to);
    }

    Optional<LocalDate> from() {
        return Optional.ofNullable(from.getValue());
    }

    Optional<LocalDate> to() {
        return Optional.ofNullable(to.getValue());
    }

    /** Refuses a period that ends before it starts. */
    void check(String command) {
        LocalDate from = this.from.getValue();
        LocalDate to = this.to.getValue();
        if (from != null && to != null && from.isAfter(to)) {
            throw new UsageException(UsageTexts.TEXT.format("error.periodReversed", command, from.toString(),
                    to.toString()));
        }
    }
}
