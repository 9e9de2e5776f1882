package org.loopwatch.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.loopwatch.domain.text.Texts;
import org.loopwatch.store.DatabaseLocation;
import org.loopwatch.store.TeamDatabaseUrl;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code loopwatch}: the options that come before a command, and the list of commands. A new
 * command is a class in this package annotated with {@code @Command} that implements
 * {@code Callable<Integer>}, named in {@link #SUBCOMMANDS} below, with its texts under its name in
 * this package's {@code messages.properties} (both languages; see {@link UsageTexts}).
 */
@Command(name = "loopwatch", separator = " ", mixinStandardHelpOptions = true,
        versionProvider = VersionText.Provider.class, sortOptions = false)
final class LoopWatchCommand implements Callable<Integer> {

    /**
     * The commands, in the order help lists them. Not in {@code @Command(subcommands = …)}: picocli
     * builds the model of every command named there, by reflection, at every start, and a command
     * needs only its own (decision 0042); {@link #needed} says which to add.
     */
    static final List<Class<?>> SUBCOMMANDS = List.of(InitCommand.class, ImportCommand.class, ExportCsvCommand.class,
            ExportXlsxCommand.class, SummaryCommand.class, StatementCommand.class, ExportCommand.class,
            TeamCommand.class, CopyCommand.class);

    private final PrintStream out;
    private final PrintStream err;
    private final Clock clock;

    @Option(names = "--db", paramLabel = "PATH")
    private String database;

    @Option(names = "--lang", paramLabel = "en|zh-CN", converter = OptionConverters.Language.class)
    private void language(Locale language) {
        Texts.useLanguage(language);
    }

    /**
     * The commands to build for {@code words} (after {@code --opt=value} was split): only the one
     * they name after the global options, so that its parsing, help and errors are exactly as with
     * every command built; all of them when they name none (the list in help, "unknown command")
     * or ask the top level for help or its version.
     */
    static List<Class<?>> needed(String[] words) {
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            if (word.equals("--db") || word.equals("--lang")) {
                i++; // its value, whatever it says
            } else if (word.startsWith("-")) {
                return SUBCOMMANDS; // --help, --version, "--" or an unknown option: answered at the top
            } else {
                for (Class<?> command : SUBCOMMANDS) {
                    if (command.getAnnotation(Command.class).name().equals(word)) {
                        return List.of(command);
                    }
                }
                return SUBCOMMANDS;
            }
        }
        return SUBCOMMANDS;
    }

    LoopWatchCommand(PrintStream out, PrintStream err, Clock clock) {
        this.out = out;
        this.err = err;
        this.clock = clock;
    }

    /** What every command works with: the database, where to print, and the clock. */
    CommandContext context() {
        if (database != null && TeamDatabaseUrl.isTeamUrl(database)) {
            try {
                return new CommandContext(Path.of("team-database"), out, err, clock, Optional.of(TeamDatabaseUrl.parse(database)));
            } catch (IllegalArgumentException badAddress) {
                throw new UsageException(badAddress.getMessage());
            }
        }
        Path file;
        try {
            file = database == null ? DatabaseLocation.defaultFile() : new OptionConverters.DatabasePath().convert(database);
        } catch (picocli.CommandLine.TypeConversionException badPath) {
            throw new UsageException("--db " + badPath.getMessage());
        }
        return new CommandContext(file, out, err, clock, Optional.empty());
    }

    @Override
    public Integer call() {
        throw new UsageException(UsageTexts.TEXT.get("error.noCommand"));
    }
}
