package org.loopwatch.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The options that come before a command ({@code --db PATH}, {@code --version}, {@code --help})
 * and the command with its own arguments.
 *
 * @param command the command word and its arguments; empty means "launch the desktop app"
 */
public record GlobalArguments(Optional<Path> database, boolean version, boolean help, List<String> command) {

    public GlobalArguments {
        command = List.copyOf(command);
    }

    /** Parses the global options; throws {@link UsageException} for a malformed one. */
    public static GlobalArguments parse(String... args) {
        Optional<Path> database = Optional.empty();
        boolean version = false;
        boolean help = false;
        List<String> command = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!command.isEmpty()) {
                command.add(arg);
            } else if (arg.equals("--db")) {
                if (i + 1 >= args.length || args[i + 1].isBlank()) {
                    throw new UsageException("--db needs a path to a database file, e.g. --db loopwatch.db");
                }
                database = Optional.of(Path.of(args[++i]));
            } else if (arg.startsWith("--db=")) {
                database = Optional.of(Path.of(arg.substring("--db=".length())));
            } else if (arg.equals("--version")) {
                version = true;
            } else if (arg.equals("--help") || arg.equals("-h")) {
                help = true;
            } else if (arg.startsWith("-")) {
                throw new UsageException("Unknown option " + arg + ". Run loopwatch --help to see the options.");
            } else {
                command.add(arg);
            }
        }
        return new GlobalArguments(database, version, help, command);
    }

    /** True when these arguments ask for the desktop app: no command, no --version, no --help. */
    public boolean launchesDesktop() {
        return command.isEmpty() && !version && !help;
    }
}
