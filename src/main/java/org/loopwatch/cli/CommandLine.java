package org.loopwatch.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.loopwatch.store.StoreException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.UsageMessageSpec;
import picocli.CommandLine.ParameterException;

/**
 * The headless command line of SPEC §7, parsed by picocli from the commands of
 * {@link LoopWatchCommand}. Returns an exit code instead of exiting, so tests can run it in-process:
 * 0 success, 2 bad arguments or input ({@link UsageException}, picocli's parameter errors), 3 a
 * database problem ({@link StoreException}), 1 a fault of LoopWatch itself ({@link UnexpectedFailure},
 * whose details go to the log file); messages go to stderr, prefixed {@code loopwatch:}.
 */
public final class CommandLine {

    private final PrintStream out;
    private final PrintStream err;
    private final Clock clock;

    public CommandLine(PrintStream out, PrintStream err) {
        this(out, err, new DefaultZoneClock());
    }

    CommandLine(PrintStream out, PrintStream err, Clock clock) {
        this.out = out;
        this.err = err;
        this.clock = clock;
    }

    /**
     * Prints the version line when the arguments are exactly {@code --version}, before the commands
     * are built: scripts call it to check an install, and it should cost no more than starting Java
     * (SPEC §9). Other spellings ({@code --db F --version}, {@code -V}) go through picocli and print
     * the same line.
     *
     * @return true when it answered (exit code 0), false when the arguments ask for something else
     */
    public static boolean answersVersion(String[] args, PrintStream out) {
        if (args.length != 1 || !args[0].equals("--version")) {
            return false;
        }
        out.println(VersionText.line());
        return true;
    }

    /** Runs the command the arguments name; never throws, never calls System.exit. */
    public int run(String... args) {
        if (answersVersion(args, out)) {
            return ExitCode.OK;
        }
        // Before any AWT class loads: exports use BufferedImage and ImageIO, never a display.
        System.setProperty("java.awt.headless", "true");
        String[] words = splitAttachedValues(args);
        return build(LoopWatchCommand.needed(words)).execute(words);
    }

    /*
     * With a space as picocli's separator, help reads "--from DATE" as SPEC §7 writes it; the
     * attached form "--from=DATE", which scripts may use, is split into the same two words first.
     */
    private static String[] splitAttachedValues(String[] args) {
        List<String> words = new ArrayList<>();
        boolean optionsEnded = false;
        for (String arg : args) {
            int equals = arg.indexOf('=');
            if (!optionsEnded && arg.startsWith("--") && equals > 2) {
                words.add(arg.substring(0, equals));
                words.add(arg.substring(equals + 1));
            } else {
                words.add(arg);
            }
            optionsEnded |= arg.equals("--");
        }
        return words.toArray(String[]::new);
    }

    private picocli.CommandLine build(List<LoopWatchCommand.Subcommand> subcommands) {
        // The subcommands are in the model before the settings below, which picocli hands to the
        // subcommands present when they are set.
        LoopWatchCommand top = new LoopWatchCommand(out, err, clock);
        picocli.CommandLine commands = new picocli.CommandLine(top.spec(subcommands));
        commands.setOut(new PrintWriter(out, true, out.charset()));
        commands.setErr(new PrintWriter(err, true, err.charset()));
        commands.setParameterExceptionHandler(this::badArguments);
        commands.setExecutionExceptionHandler((failure, command, parsed) -> failed(failure, command));
        commands.setSeparator(" "); // "--from DATE" in help, as SPEC §7 writes it; --from=DATE still works
        useTexts(commands);
        return commands;
    }

    private static void useTexts(picocli.CommandLine command) {
        CommandSpec spec = command.getCommandSpec();
        spec.resourceBundle(UsageTexts.forCommand(spec.parent() == null ? "" : ParameterErrors.commandName(spec)));
        if (!command.getSubcommands().isEmpty()) {
            command.getHelpSectionMap().put(UsageMessageSpec.SECTION_KEY_COMMAND_LIST,
                    new CommandListSection());
        }
        command.getSubcommands().values().forEach(CommandLine::useTexts);
    }

    private int badArguments(ParameterException problem, String[] args) {
        String message = ParameterErrors.message(problem);
        err.println(message.startsWith("loopwatch") ? message : "loopwatch: " + message);
        return ExitCode.BAD_INPUT;
    }

    private int failed(Exception failure, picocli.CommandLine command) {
        if (failure instanceof UsageException badInput) {
            err.println("loopwatch: " + badInput.getMessage());
            return ExitCode.BAD_INPUT;
        }
        if (failure instanceof StoreException databaseProblem) {
            err.println("loopwatch: " + databaseProblem.getMessage());
            return ExitCode.DATABASE_PROBLEM;
        }
        return UnexpectedFailure.report(failure, ParameterErrors.commandName(command.getCommandSpec()), err);
    }
}
