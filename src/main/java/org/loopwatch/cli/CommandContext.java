package org.loopwatch.cli;

import java.io.PrintStream;
import java.nio.file.Path;

/** What every command gets: the database file it works on and where to print. */
record CommandContext(Path database, PrintStream out, PrintStream err) {
}
