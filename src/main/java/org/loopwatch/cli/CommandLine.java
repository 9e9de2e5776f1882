package org.loopwatch.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.loopwatch.domain.AppVersion;
import org.loopwatch.domain.text.Texts;
import org.loopwatch.store.DatabaseLocation;
import org.loopwatch.store.StoreException;

/**
 * The headless command line of SPEC §7. Returns an exit code instead of exiting, so tests can
 * run it in-process.
 */
public final class CommandLine {

    private final PrintStream out;
    private final PrintStream err;
    private final Map<String, Command> commands;

    public CommandLine(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
        this.commands = Map.of(
                "init", new InitCommand(),
                "import", new ImportCommand(Clock.systemDefaultZone()),
                "export-csv", new ExportCsvCommand(),
                "summary", new SummaryCommand(),
                "export", new ExportCommand(Clock.systemDefaultZone()));
    }

    /** Runs the command the arguments name; never throws, never calls System.exit. */
    public int run(String... args) {
        try {
            GlobalArguments global = GlobalArguments.parse(args);
            global.language().ifPresent(Texts::useLanguage);
            if (global.help()) {
                out.print(HelpText.USAGE.formatted(DatabaseLocation.defaultFile()));
                return ExitCode.OK;
            }
            if (global.version()) {
                out.println("LoopWatch " + AppVersion.current());
                return ExitCode.OK;
            }
            if (global.command().isEmpty()) {
                throw new UsageException("No command given. Run loopwatch --help to see the commands.");
            }
            return dispatch(global);
        } catch (UsageException badInput) {
            err.println("loopwatch: " + badInput.getMessage());
            return ExitCode.BAD_INPUT;
        } catch (StoreException databaseProblem) {
            err.println("loopwatch: " + databaseProblem.getMessage());
            return ExitCode.DATABASE_PROBLEM;
        }
    }

    private int dispatch(GlobalArguments global) {
        String name = global.command().get(0);
        List<String> commandArgs = global.command().subList(1, global.command().size());
        Command command = commands.get(name);
        if (command == null) {
            if (HelpText.USAGE.contains("  " + name + " ")) {
                throw new UsageException("The '" + name + "' command is not available in this version yet.");
            }
            throw new UsageException("Unknown command '" + name + "'. Run loopwatch --help to see the commands.");
        }
        Path database = global.database().orElseGet(DatabaseLocation::defaultFile);
        return command.run(new CommandContext(database, out, err), commandArgs);
    }
}
