package org.loopwatch.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.loopwatch.report.BriefingContent;
import org.loopwatch.report.BriefingExport;
import org.loopwatch.report.BriefingSpec;
import org.loopwatch.report.PdfWarmUp;
import org.loopwatch.store.Database;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@code export briefing --out FILE.pdf [--from DATE] [--to DATE] [--group NAME]... [--stage ...]}: the
 * briefing PDF of the groups and stages chosen, as the dashboard exports it with the same filters.
 */
final class ExportBriefingCommand implements Callable<Integer> {

    private static final String NAME = "export briefing";

    private final ExportCommand export;
    private final OptionSpec outOption = CommandSpecs.required("--out", "FILE.pdf", "out", Path.class);
    private final ChartFilterOptions filter = new ChartFilterOptions();

    private ExportBriefingCommand(ExportCommand export) {
        this.export = export;
    }

    static CommandSpec spec(ExportCommand export) {
        ExportBriefingCommand command = new ExportBriefingCommand(export);
        CommandSpec spec = CommandSpecs.command("briefing", command).addOption(command.outOption);
        command.filter.addTo(spec);
        return CommandSpecs.withStandardHelp(spec);
    }

    @Override
    public Integer call() throws Exception {
        CommandContext context = export.context();
        Path out = outOption.getValue();
        ExportCommand.checkedOut(NAME, out);
        filter.period().check(NAME);
        PdfWarmUp.start();
        // quick_check runs beside the reading (decision 0042); nothing is written from a damaged file.
        return ExportCommand.write(context::openForReadingWhileChecking, NAME, out, database -> {
            BriefingContent plan = prepared(database, context);
            database.requireUndamaged();
            BriefingExport.write(plan, out);
            context.out().println(UsageTexts.TEXT.format("export.briefing.wrote", String.valueOf(out), plan.title(),
                    plan.subtitle()));
        });
    }

    /** The briefing's content; a damaged file is reported as such, however the reading failed. */
    private BriefingContent prepared(Database database, CommandContext context) {
        try {
            return BriefingExport.prepare(database, spec(), context.clock());
        } catch (RuntimeException failed) {
            database.requireUndamaged();
            throw failed;
        }
    }

    /** The period and groups given; the stage given, else Settings' default stage. */
    private BriefingSpec spec() {
        BriefingSpec spec = BriefingSpec.of(filter.period().from(), filter.period().to()).withGroups(filter.groups());
        return filter.stage().map(spec::withStage).orElse(spec);
    }
}
