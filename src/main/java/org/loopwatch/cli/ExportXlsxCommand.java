package org.loopwatch.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.loopwatch.io.XlsxExporter;
import org.loopwatch.report.ChartDataTables;
import org.loopwatch.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code export-xlsx --out FILE.xlsx [--from DATE] [--to DATE]}: a workbook of the entries (import columns), the summary
 * and the rolling and cumulative charts' data, a sheet each.
 * The database must exist (exit 3 otherwise); the output file is replaced only once complete.
 */
@Command(name = "export-xlsx", mixinStandardHelpOptions = true, sortOptions = false)
final class ExportXlsxCommand implements Callable<Integer> {

    @ParentCommand
    private LoopWatchCommand root;

    @Option(names = "--out", paramLabel = "FILE.xlsx", required = true, descriptionKey = "out")
    private Path out;

    @Mixin
    private PeriodOptions period;

    @Override
    public Integer call() {
        CommandContext context = root.context();
        Optional<LocalDate> from = period.from();
        Optional<LocalDate> to = period.to();
        period.check("export-xlsx");
        Path folder = out.toAbsolutePath().getParent();
        if (!Files.isDirectory(folder) || Files.isDirectory(out)) {
            throw new UsageException(Files.isDirectory(out) ? UsageTexts.TEXT.format("out.isFolder", "export-xlsx", out)
                    : UsageTexts.TEXT.format("out.noFolder", "export-xlsx", out, folder));
        }
        try (Database database = context.openForReading()) {
            int rows = XlsxExporter.export(database, from, to, out,
                    ChartDataTables.of(database, from, to, context.clock()));
            context.out().println(UsageTexts.TEXT.format("exportXlsx.done", rows, out));
        } catch (IOException e) {
            throw new UsageException(UsageTexts.TEXT.format("out.notWritten", "export-xlsx", out, e.getMessage()));
        }
        return ExitCode.OK;
    }
}
