package org.loopwatch.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/**
 * {@code export chart} and {@code export briefing} (SPEC §7): a chart PNG or the briefing PDF,
 * drawn with the app's charts on a headless toolkit, so it runs with no display at all. The
 * database must exist (exit 3); bad arguments exit 2; a file that cannot be written (an
 * {@link java.io.IOException}) exits 2 with the reason, and leaves nothing behind. Any other failure
 * is a fault of LoopWatch and is reported as such ({@link UnexpectedFailure}, exit 1), never as
 * "could not write". A new export format is one more subcommand here.
 */
@Command(name = "export", mixinStandardHelpOptions = true, sortOptions = false,
        subcommands = {ExportChartCommand.class, ExportBriefingCommand.class})
final class ExportCommand implements Callable<Integer> {

    @ParentCommand
    private LoopWatchCommand root;

    CommandContext context() {
        return root.context();
    }

    @Override
    public Integer call() {
        throw new UsageException(UsageTexts.TEXT.get("error.exportKind"));
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
