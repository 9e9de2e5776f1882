package org.loopwatch.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.loopwatch.report.ExportInputException;
import org.loopwatch.store.Database;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code export chart} and {@code export briefing} (SPEC §7): a chart PNG or the briefing PDF,
 * drawn with the app's charts on a headless toolkit, so it runs with no display at all. The
 * database must exist (exit 3); bad arguments exit 2; a file that cannot be written (an
 * {@link java.io.IOException}) exits 2 with the reason, and leaves nothing behind. Any other failure
 * is a fault of LoopWatch and is reported as such ({@link UnexpectedFailure}, exit 1), never as
 * "could not write". A new export format is one more subcommand here.
 */
final class ExportCommand implements Callable<Integer> {

    private final LoopWatchCommand root;

    private ExportCommand(LoopWatchCommand root) {
        this.root = root;
    }

    static CommandSpec spec(LoopWatchCommand root) {
        ExportCommand export = new ExportCommand(root);
        return CommandSpecs.withStandardHelp(CommandSpecs.command("export", export))
                .addSubcommand("chart", ExportChartCommand.spec(export))
                .addSubcommand("briefing", ExportBriefingCommand.spec(export));
    }

    CommandContext context() {
        return root.context();
    }

    @Override
    public Integer call() {
        throw new UsageException(UsageTexts.TEXT.get("error.exportKind"));
    }

    /** What one export writes from the database it is given. */
    @FunctionalInterface
    interface Writing {
        void write(Database database) throws Exception;
    }

    /**
     * Opens the database for reading and runs {@code writing} on it: input the export cannot draw
     * (an unknown group, a period with no data) and a file that cannot be written are usage errors
     * (exit 2) naming the command; anything else is left to {@link CommandLine}'s mapping.
     */
    static int write(CommandContext context, String command, Path out, Writing writing) throws Exception {
        return write(context::openForReading, command, out, writing);
    }

    /** As {@link #write(CommandContext, String, Path, Writing)}, with the database opened by {@code opening}. */
    static int write(java.util.function.Supplier<Database> opening, String command, Path out, Writing writing)
            throws Exception {
        try (Database database = opening.get()) {
            writing.write(database);
        } catch (ExportInputException cannot) {
            throw new UsageException(command + ": " + cannot.getMessage());
        } catch (IOException | UncheckedIOException failed) {
            throw new UsageException(cannotWrite(command, out, failed));
        }
        return ExitCode.OK;
    }

    /** The output file; its folder must exist, checked before any work so a typo fails fast. */
    static Path checkedOut(String command, Path out) {
        Path folder = out.toAbsolutePath().getParent();
        if (Files.isDirectory(out)) {
            throw new UsageException(UsageTexts.TEXT.format("out.isFolder", command, out));
        }
        if (folder == null || !Files.isDirectory(folder)) {
            throw new UsageException(UsageTexts.TEXT.format("out.noFolder", command, out, folder));
        }
        return out;
    }

    static String cannotWrite(String command, Path out, Exception failed) {
        String reason = failed.getMessage() == null ? failed.getClass().getSimpleName() : failed.getMessage();
        return UsageTexts.TEXT.format("out.notWritten", command, out, reason);
    }
}
