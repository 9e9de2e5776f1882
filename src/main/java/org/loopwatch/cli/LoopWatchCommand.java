package org.loopwatch.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.loopwatch.domain.text.Texts;
import org.loopwatch.store.DatabaseLocation;
import org.loopwatch.store.TeamDatabaseUrl;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@code loopwatch}: the options that come before a command, and the list of commands. A new
 * command is a class in this package that implements {@code Callable<Integer>} and builds its
 * picocli model in a static {@code spec} method ({@link CommandSpecs}), named in {@link #SUBCOMMANDS}
 * below, with its texts under its name in this package's {@code messages.properties} (both
 * languages; see {@link UsageTexts}).
 */
final class LoopWatchCommand implements Callable<Integer> {

    /** A command after the global options: its name, and how to build its model under the top level. */
    record Subcommand(String name, Function<LoopWatchCommand, CommandSpec> spec) {
    }

    /**
     * The commands, in the order help lists them. A command needs only its own model, so
     * {@link #needed} says which to build (decision 0042).
     */
    static final List<Subcommand> SUBCOMMANDS = List.of(
            new Subcommand("init", InitCommand::spec),
            new Subcommand("import", ImportCommand::spec),
            new Subcommand("export-csv", ExportCsvCommand::spec),
            new Subcommand("export-xlsx", ExportXlsxCommand::spec),
            new Subcommand("summary", SummaryCommand::spec),
            new Subcommand("statement", StatementCommand::spec),
            new Subcommand("export", ExportCommand::spec),
            new Subcommand("team", TeamCommand::spec),
            new Subcommand("copy", CopyCommand::spec));

    private final PrintStream out;
    private final PrintStream err;
    private final Clock clock;
    private final OptionSpec databaseOption = CommandSpecs.option("--db", "PATH", "db", String.class);
    private final OptionSpec languageOption = CommandSpecs.applied("--lang", "en|zh-CN", "lang",
            new OptionConverters.Language(), Texts::useLanguage);

    /**
     * The commands to build for {@code words} (after {@code --opt=value} was split): only the one
     * they name after the global options, so that its parsing, help and errors are exactly as with
     * every command built; all of them when they name none (the list in help, "unknown command")
     * or ask the top level for help or its version.
     */
    static List<Subcommand> needed(String[] words) {
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            if (word.equals("--db") || word.equals("--lang")) {
                i++; // its value, whatever it says
            } else if (word.startsWith("-")) {
                return SUBCOMMANDS; // --help, --version, "--" or an unknown option: answered at the top
            } else {
                for (Subcommand command : SUBCOMMANDS) {
                    if (command.name().equals(word)) {
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

    /** The top level's model, with the {@code subcommands} given. */
    CommandSpec spec(List<Subcommand> subcommands) {
        CommandSpec spec = CommandSpecs.command("loopwatch", this).addOption(databaseOption).addOption(languageOption)
                .versionProvider(new VersionText.Provider());
        CommandSpecs.withStandardHelp(spec);
        subcommands.forEach(command -> spec.addSubcommand(command.name(), command.spec().apply(this)));
        return spec;
    }

    /** What every command works with: the database, where to print, and the clock. */
    CommandContext context() {
        String database = databaseOption.getValue();
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
