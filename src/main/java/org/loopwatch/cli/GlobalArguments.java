package org.loopwatch.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.loopwatch.store.TeamDatabaseUrl;

/**
 * The options that come before a command ({@code --db PATH}, {@code --lang en|zh-CN},
 * {@code --version}, {@code --help}) and the command with its own arguments.
 *
 * @param database     the database file {@code --db} names; empty for none, and for a team database
 * @param teamDatabase the team database {@code --db postgresql://...} names (SPEC §3.1)
 * @param language the interface language asked for with {@code --lang}; empty means as chosen in
 *                 Settings, else as the operating system
 * @param command  the command word and its arguments; empty means "launch the desktop app"
 */
public record GlobalArguments(Optional<Path> database, Optional<TeamDatabaseUrl> teamDatabase,
                              Optional<Locale> language, boolean version, boolean help, List<String> command) {

    /** The values {@code --lang} takes. */
    public static final List<String> LANGUAGES = List.of("en", "zh-CN");

    public GlobalArguments {
        command = List.copyOf(command);
    }

    /** Parses the global options; throws {@link UsageException} for a malformed one. */
    public static GlobalArguments parse(String... args) {
        Optional<Path> database = Optional.empty();
        Optional<TeamDatabaseUrl> teamDatabase = Optional.empty();
        Optional<Locale> language = Optional.empty();
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
                String location = args[++i];
                teamDatabase = team(location);
                database = teamDatabase.isPresent() ? Optional.empty() : Optional.of(Path.of(location));
            } else if (arg.startsWith("--db=")) {
                String location = arg.substring("--db=".length());
                teamDatabase = team(location);
                database = teamDatabase.isPresent() ? Optional.empty() : Optional.of(Path.of(location));
            } else if (arg.equals("--lang")) {
                language = Optional.of(language(i + 1 < args.length ? args[++i] : ""));
            } else if (arg.startsWith("--lang=")) {
                language = Optional.of(language(arg.substring("--lang=".length())));
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
        return new GlobalArguments(database, teamDatabase, language, version, help, command);
    }

    /* A postgresql:// address is no path (Path.of would fold its "//"); a malformed one is a usage error. */
    private static Optional<TeamDatabaseUrl> team(String location) {
        if (!TeamDatabaseUrl.isTeamUrl(location)) {
            return Optional.empty();
        }
        try {
            return Optional.of(TeamDatabaseUrl.parse(location));
        } catch (IllegalArgumentException malformed) {
            throw new UsageException(malformed.getMessage());
        }
    }

    private static Locale language(String tag) {
        return LANGUAGES.stream().filter(known -> known.equalsIgnoreCase(tag)).findFirst().map(Locale::forLanguageTag)
                .orElseThrow(() -> new UsageException("--lang takes en or zh-CN, not \"" + tag + "\"."));
    }

    /** True when these arguments ask for the desktop app: no command, no --version, no --help. */
    public boolean launchesDesktop() {
        return command.isEmpty() && !version && !help;
    }
}
