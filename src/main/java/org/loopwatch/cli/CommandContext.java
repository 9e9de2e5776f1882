package org.loopwatch.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;

/** What every command gets: the database file it works on, where to print, and the clock ("now"). */
record CommandContext(Path database, PrintStream out, PrintStream err, Clock clock) {
}
