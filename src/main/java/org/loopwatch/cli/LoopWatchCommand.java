package org.loopwatch.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
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
 * {@code Callable<Integer>}, named in {@code subcommands} below, with its texts under its name in
 * this package's {@code messages.properties} (both languages; see {@link UsageTexts}).
 */
@Command(name = "loopwatch", separator = " ", mixinStandardHelpOptions = true,
        versionProvider = VersionText.Provider.class, sortOptions = false,
        subcommands = {InitCommand.class, ImportCommand.class, ExportCsvCommand.class, ExportXlsxCommand.class, SummaryCommand.class, StatementCommand.class,
                ExportCommand.class, TeamCommand.class, CopyCommand.class})
final class LoopWatchCommand implements Callable<Integer> {

    private final PrintStream out;
    private final PrintStream err;
    private final Clock clock;

    @Option(names = "--db", paramLabel = "PATH")
    private String database;

    @Option(names = "--lang", paramLabel = "en|zh-CN", converter = OptionConverters.Language.class)
    private void language(Locale language) {
        Texts.useLanguage(language);
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
