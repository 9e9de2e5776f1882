package org.loopwatch.cli;

import java.util.List;

/** One command word of the command line. */
interface Command {

    /**
     * Runs the command. Throws {@link UsageException} for bad arguments or input (exit 2) and
     * lets {@link org.loopwatch.store.StoreException} through for database problems (exit 3).
     *
     * @return the exit code
     */
    int run(CommandContext context, List<String> args);
}
