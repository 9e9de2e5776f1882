package org.loopwatch.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.loopwatch.domain.StageChoice;
import org.loopwatch.report.BriefingContent;
import org.loopwatch.report.BriefingExport;
import org.loopwatch.report.BriefingSpec;
import org.loopwatch.report.ExportInputException;
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
    private PeriodOptions period;

    @Option(names = "--group", paramLabel = "NAME", descriptionKey = "group")
    private List<String> groups = new ArrayList<>();

    @Option(names = "--stage", paramLabel = "apart|arrival|in_loop|all", descriptionKey = "stage",
            converter = OptionConverters.StageChoices.class)
    private StageChoice stage;

    @Override
    public Integer call() throws Exception {
        CommandContext context = export.context();
        ExportCommand.checkedOut(NAME, out);
        period.check(NAME);
        PdfWarmUp.start();
        try (Database database = context.openForReadingWhileChecking()) {
            BriefingContent plan = prepared(database, context);
            database.requireUndamaged(); // nothing is written from a damaged file
            BriefingExport.write(plan, out);
            context.out().println(UsageTexts.TEXT.format("export.briefing.wrote", String.valueOf(out), plan.title(),
                    plan.subtitle()));
        } catch (ExportInputException cannot) {
            throw new UsageException(NAME + ": " + cannot.getMessage());
        } catch (IOException | UncheckedIOException failed) {
            throw new UsageException(ExportCommand.cannotWrite(NAME, out, failed));
        }
        return ExitCode.OK;
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
        BriefingSpec spec = BriefingSpec.of(period.from(), period.to()).withGroups(groups);
        return stage == null ? spec : spec.withStage(stage);
    }
}
