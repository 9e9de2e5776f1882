package org.loopwatch.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.loopwatch.domain.DailyStatement;
import org.loopwatch.domain.DailyStatementCalculator;
import org.loopwatch.domain.ReportGap;
import org.loopwatch.domain.SummaryCalculator;
import org.loopwatch.report.ExportInputException;
import org.loopwatch.report.StatementExport;
import org.loopwatch.report.StatementPdfWriter;
import org.loopwatch.report.StatementText;
import org.loopwatch.store.Database;
import org.loopwatch.store.JsonText;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@code statement [--date DATE] [--json | --out FILE.pdf]}: the organisers' daily statement — per stage, each
 * group's tests (arrivals tested) and positives on the day and since the loop start, and which
 * rows were due but not reported. The date defaults to the last day with data; without an event
 * the cumulative figures start at the first. The figures come from the one period summary
 * ({@link DailyStatementCalculator}), the same as tiles, briefing and {@code summary}; the words
 * from {@link StatementText}, the same as the desktop's "Copy statement" and the one-page PDF that
 * {@code --out} writes.
 */
final class StatementCommand implements Callable<Integer> {

    private static final String NAME = "statement";

    private final LoopWatchCommand root;
    private final OptionSpec dateOption = CommandSpecs.option("--date", "DATE", "date", LocalDate.class,
            new OptionConverters.Date());
    private final OptionSpec jsonOption = CommandSpecs.flag("--json", "json");
    private final OptionSpec outOption = CommandSpecs.option("--out", "FILE.pdf", "out", Path.class);

    private StatementCommand(LoopWatchCommand root) {
        this.root = root;
    }

    static CommandSpec spec(LoopWatchCommand root) {
        StatementCommand command = new StatementCommand(root);
        return CommandSpecs.withStandardHelp(CommandSpecs.command(NAME, command).addOption(command.dateOption)
                .addOption(command.jsonOption).addOption(command.outOption));
    }

    @Override
    public Integer call() {
        CommandContext context = root.context();
        LocalDate date = dateOption.getValue();
        boolean json = jsonOption.getValue();
        Path out = outOption.getValue();
        if (out != null) {
            ExportCommand.checkedOut(NAME, out);
            if (json) {
                throw new UsageException(UsageTexts.TEXT.get("statement.outAndJson"));
            }
            if (!out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf")) {
                throw new UsageException(UsageTexts.TEXT.format("statement.outPdf", NAME, out));
            }
        }
        try (Database database = context.openForReading()) {
            DailyStatement statement = StatementExport.statement(database, Optional.ofNullable(date), context.clock());
            if (out == null) {
                context.out().print(json ? json(statement) + System.lineSeparator() : text(statement));
                return ExitCode.OK;
            }
            StatementPdfWriter.write(StatementExport.page(database, statement, context.clock()), out);
            context.out().println(UsageTexts.TEXT.format("statement.wrote", out, statement.date().toString()));
        } catch (ExportInputException cannot) {
            throw new UsageException(cannot.getMessage());
        } catch (IOException | UncheckedIOException failed) {
            throw new UsageException(ExportCommand.cannotWrite(NAME, out, failed));
        }
        return ExitCode.OK;
    }

    /** The statement as the command line prints it (the clipboard takes the same words). */
    static String text(DailyStatement statement) {
        return StatementText.page(statement, "", List.of()).text();
    }

    private static String json(DailyStatement statement) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("date", statement.date().toString());
        root.put("cumulative_from", statement.loopStart().toString());
        List<Object> rows = new ArrayList<>();
        for (DailyStatement.Line line : statement.lines()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("group", line.group());
            row.put("stage", line.stage());
            row.put("tests", line.day().tests());
            row.put("positives", line.day().positives());
            row.put("cumulative_tests", line.cumulative().tests());
            row.put("cumulative_positives", line.cumulative().positives());
            row.put("reported", !line.missingOnDay());
            row.put("cumulative_due_days", line.cumulativeCompleteness().dueDays());
            row.put("cumulative_incomplete_days", line.cumulativeCompleteness().incompleteDays());
            rows.add(row);
        }
        root.put("rows", rows);
        List<Object> missing = new ArrayList<>();
        for (DailyStatement.Line line : statement.lines()) {
            if (line.group().equals(SummaryCalculator.ALL_GROUPS)) {
                for (ReportGap gap : line.cumulativeCompleteness().gaps()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("group", gap.groupName());
                    row.put("stage", gap.stage().code());
                    row.put("from", gap.from().toString());
                    row.put("to", gap.to().toString());
                    missing.add(row);
                }
            }
        }
        root.put("missing", missing);
        return JsonText.write(root);
    }
}
