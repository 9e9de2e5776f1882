package org.loopwatch.cli;

import java.time.LocalDate;
import java.util.Optional;
import picocli.CommandLine.Option;

/** {@code [--from DATE] [--to DATE]}, shared by the commands that take a period. */
final class PeriodOptions {

    @Option(names = "--from", paramLabel = "DATE", descriptionKey = "from", converter = OptionConverters.Date.class)
    private LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", descriptionKey = "to", converter = OptionConverters.Date.class)
    private LocalDate to;

    Optional<LocalDate> from() {
        return Optional.ofNullable(from);
    }

    Optional<LocalDate> to() {
        return Optional.ofNullable(to);
    }

    /** Refuses a period that ends before it starts. */
    void check(String command) {
        if (from != null && to != null && from.isAfter(to)) {
            throw new UsageException(UsageTexts.TEXT.format("error.periodReversed", command, from.toString(),
                    to.toString()));
        }
    }
}
