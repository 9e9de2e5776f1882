package org.loopwatch.cli;

/** The usage text printed by --help (SPEC §7). */
final class HelpText {

    static final String USAGE = """
            Usage: loopwatch [--db PATH] [--lang en|zh-CN] [COMMAND ...]

            LoopWatch records daily PCR results of a closed-loop event and reports positivity
            per group with confidence intervals.

              (no command)        launch the desktop app
              init                create a new database (schema and default groups); refuses an existing file
              import FILE.csv [--replace] [--create-groups]
              export-csv --out FILE.csv [--from DATE] [--to DATE]
              summary [--from DATE] [--to DATE] [--group NAME]... [--method wilson|clopper-pearson|jeffreys]
                      [--level 0.95] [--json]
              export chart --out FILE.png [--chart rolling|positives|tests|cumulative]
                      [--preset slide-16x9|slide-4x3|a4-landscape] [--scale N]
                      [--from DATE] [--to DATE] [--group NAME]... [--stage arrival|in_loop|all]
              export briefing --out FILE.pdf [--from DATE] [--to DATE]
              --version | --help

            Options:
              --db PATH           the database file (default: %s)
              --lang en|zh-CN     the language of messages and exports (default: as chosen in
                                  the app's Settings, else the system's)

            Dates are yyyy-MM-dd. Exit codes: 0 success, 2 bad arguments or input file (nothing
            changed), 3 database problem.
            """;

    private HelpText() {
    }
}
