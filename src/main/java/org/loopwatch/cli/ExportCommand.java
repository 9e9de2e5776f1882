package org.loopwatch.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.loopwatch.report.BriefingContent;
import org.loopwatch.report.BriefingExport;
import org.loopwatch.report.BriefingSpec;
import org.loopwatch.report.ChartExportSpec;
import org.loopwatch.report.ChartExports;
import org.loopwatch.report.ExportInputException;
import org.loopwatch.report.ExportPreset;
import org.loopwatch.report.ExportSize;
import org.loopwatch.report.ExportWarmUp;
import org.loopwatch.report.PdfWarmUp;
import org.loopwatch.report.PreparedChart;
import org.loopwatch.report.chart.ChartKind;
import org.loopwatch.report.chart.StageFilter;
import org.loopwatch.store.Database;
import org.loopwatch.store.StoreException;

/**
 * {@code export chart} and {@code export briefing} (SPEC §7): a chart PNG or the briefing PDF,
 * drawn with the app's JavaFX charts on a headless toolkit, so it runs with no display at all.
 * The database must exist (exit 3); bad arguments exit 2; a file that cannot be written exits 2
 * with the reason, and leaves nothing behind.
 */
final class ExportCommand implements Command {

    private static final Set<String> CHART_OPTIONS = Set.of("--out", "--chart", "--preset", "--scale", "--from",
            "--to", "--group", "--stage");
    private static final Set<String> BRIEFING_OPTIONS = Set.of("--out", "--from", "--to");

    private final Clock clock;

    ExportCommand(Clock clock) {
        this.clock = clock;
    }

    @Override
    public int run(CommandContext context, List<String> args) {
        // Before any AWT class loads: exports use BufferedImage and ImageIO, never a display.
        System.setProperty("java.awt.headless", "true");
        if (args.isEmpty()) {
            throw new UsageException("export needs 'chart' or 'briefing', e.g. export briefing --out briefing.pdf");
        }
        List<String> rest = args.subList(1, args.size());
        return switch (args.get(0)) {
            case "chart" -> chart(context, rest);
            case "briefing" -> briefing(context, rest);
            default -> throw new UsageException("export: unknown kind '" + args.get(0)
                    + "'. Use export chart --out FILE.png or export briefing --out FILE.pdf.");
        };
    }

    private int chart(CommandContext context, List<String> args) {
        CommandOptions options = CommandOptions.parse("export chart", args, CHART_OPTIONS, Set.of());
        noPositional("export chart", options);
        Path out = out("export chart", options, "FILE.png");
        ChartKind kind = options.single("--chart").map(text -> ChartKind.fromCode(text).orElseThrow(() ->
                new UsageException("export chart: --chart must be rolling, positives, tests or cumulative, not '"
                        + text + "'."))).orElse(ChartKind.ROLLING);
        ExportPreset preset = options.single("--preset").map(text -> ExportPreset.fromCode(text).orElseThrow(() ->
                new UsageException("export chart: --preset must be slide-16x9, slide-4x3 or a4-landscape, not '"
                        + text + "'."))).orElse(ExportPreset.SLIDE_16X9);
        int scale = options.single("--scale").map(ExportCommand::scale).orElse(1);
        StageFilter stage = options.single("--stage").map(text -> StageFilter.fromCode(text).orElseThrow(() ->
                new UsageException("export chart: --stage must be arrival, in_loop or all, not '" + text + "'.")))
                .orElse(StageFilter.ALL);
        Optional<LocalDate> from = options.date("--from");
        Optional<LocalDate> to = options.date("--to");
        period("export chart", from, to);
        ExportSize size = preset.size(scale);
        ExportWarmUp.start();
        try (Database database = Database.openForReading(context.database())) {
            PreparedChart chart = ChartExports.prepare(database,
                    new ChartExportSpec(kind, from, to, options.all("--group"), stage), clock);
            ChartExports.writePng(chart, size, out);
            context.out().println("Wrote " + out + " (" + size.pixelWidth() + " × " + size.pixelHeight()
                    + " pixels): " + chart.title() + ", " + chart.subtitle() + ".");
        } catch (ExportInputException cannot) {
            throw new UsageException("export chart: " + cannot.getMessage());
        } catch (StoreException | UsageException passOn) {
            throw passOn;
        } catch (Exception failed) {
            throw new UsageException(cannotWrite("export chart", out, failed));
        }
        return ExitCode.OK;
    }

    private int briefing(CommandContext context, List<String> args) {
        CommandOptions options = CommandOptions.parse("export briefing", args, BRIEFING_OPTIONS, Set.of());
        noPositional("export briefing", options);
        Path out = out("export briefing", options, "FILE.pdf");
        Optional<LocalDate> from = options.date("--from");
        Optional<LocalDate> to = options.date("--to");
        period("export briefing", from, to);
        PdfWarmUp.start();
        try (Database database = Database.openForReading(context.database())) {
            BriefingContent plan = BriefingExport.export(database, BriefingSpec.of(from, to), clock, out,
                    BriefingExport.Progress.NONE);
            context.out().println("Wrote " + out + ": " + plan.title() + ", " + plan.subtitle() + ".");
        } catch (ExportInputException cannot) {
            throw new UsageException("export briefing: " + cannot.getMessage());
        } catch (StoreException | UsageException passOn) {
            throw passOn;
        } catch (Exception failed) {
            throw new UsageException(cannotWrite("export briefing", out, failed));
        }
        return ExitCode.OK;
    }

    private static void noPositional(String command, CommandOptions options) {
        if (!options.positional().isEmpty()) {
            throw new UsageException(command + ": unexpected argument " + options.positional().getFirst() + ".");
        }
    }

    /** The output file; its folder must exist, checked before any work so a typo fails fast. */
    private static Path out(String command, CommandOptions options, String example) {
        Path out = options.single("--out").map(Path::of).orElseThrow(() -> new UsageException(
                command + " needs --out " + example + ", the file to write."));
        Path folder = out.toAbsolutePath().getParent();
        if (Files.isDirectory(out)) {
            throw new UsageException(command + ": cannot write " + out + ": it is a folder. Give a file name.");
        }
        if (folder == null || !Files.isDirectory(folder)) {
            throw new UsageException(command + ": cannot write " + out + ": the folder " + folder
                    + " does not exist. Create it or choose another place.");
        }
        return out;
    }

    private static void period(String command, Optional<LocalDate> from, Optional<LocalDate> to) {
        if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
            throw new UsageException(command + ": --from " + from.get() + " is after --to " + to.get() + ".");
        }
    }

    private static int scale(String text) {
        try {
            int scale = Integer.parseInt(text.strip());
            if (scale >= 1 && scale <= 3) {
                return scale;
            }
        } catch (NumberFormatException notANumber) {
            // falls through to the message below
        }
        throw new UsageException("export chart: --scale must be 1, 2 or 3, not '" + text + "'.");
    }

    private static String cannotWrite(String command, Path out, Exception failed) {
        String reason = failed.getMessage() == null ? failed.getClass().getSimpleName() : failed.getMessage();
        return command + ": could not write " + out + " (" + reason + "). Nothing was written; check the folder "
                + "is writable and the disk has room, then try again.";
    }
}
