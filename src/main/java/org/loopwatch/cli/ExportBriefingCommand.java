package org.loopwatch.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.loopwatch.report.BriefingContent;
import org.loopwatch.report.BriefingExport;
import org.loopwatch.report.BriefingSpec;
import org.loopwatch.report.PdfWarmUp;
import org.loopwatch.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code export briefing --out FILE.pdf [--from DATE] [--to DATE] [--group NAME]... [--stage ...]}: the
 * briefing PDF of the groups and stages chosen, as the dashboard exports it with the same filters.
 */
@Command(name = "briefing", mixinStandardHelpOptions = true, sortOptions = false)
final class ExportBriefingCommand implements Callable<Integer> {

    private static final String NAME = "export briefing";

    @ParentCommand
    private ExportCommand export;

    @Option(names = "--out", paramLabel = "FILE.pdf", required = true, descriptionKey = "out")
    private Path out;

    @Mixin
    private ChartFilterOptions filter;

    @Override
    public Integer call() throws Exception {
        CommandContext context = export.context();
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
