package org.loopwatch.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import org.loopwatch.domain.text.ListStyle;
import org.loopwatch.io.CsvImportException;
import org.loopwatch.io.CsvImporter;
import org.loopwatch.io.ImportOptions;
import org.loopwatch.io.ImportOutcome;
import org.loopwatch.io.ImportMonitor;
import org.loopwatch.io.ImportPlan;
import org.loopwatch.io.ImportPreview;
import org.loopwatch.io.ImportProblem;
import org.loopwatch.store.Database;
import org.loopwatch.store.ImportResult;
import org.loopwatch.store.OpenMode;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * {@code import FILE.csv|FILE.xlsx [--sheet NAME] [--replace] [--create-groups]}: all or nothing. A bad file prints every
 * bad row on stderr as {@code line N, column C: reason} and exits 2 with the database unchanged
 * (a database this command had to create for it is removed again).
 */
final class ImportCommand implements Callable<Integer> {

    private final LoopWatchCommand root;
    private final PositionalParamSpec fileParameter = CommandSpecs.parameter("FILE.csv|FILE.xlsx", "file", Path.class);
    private final OptionSpec sheetOption = CommandSpecs.option("--sheet", "NAME", "sheet", String.class);
    private final OptionSpec replaceOption = CommandSpecs.flag("--replace", "replace");
    private final OptionSpec createGroupsOption = CommandSpecs.flag("--create-groups", "createGroups");
    private final OptionSpec dryRunOption = CommandSpecs.flag("--dry-run", "dryRun");

    private ImportCommand(LoopWatchCommand root) {
        this.root = root;
    }

    static CommandSpec spec(LoopWatchCommand root) {
        ImportCommand command = new ImportCommand(root);
        return CommandSpecs.withStandardHelp(CommandSpecs.command("import", command)
                .addPositional(command.fileParameter).addOption(command.sheetOption).addOption(command.replaceOption)
                .addOption(command.createGroupsOption).addOption(command.dryRunOption));
    }

    @Override
    public Integer call() {
        CommandContext context = root.context();
        Path file = fileParameter.getValue();
        String sheet = sheetOption.getValue();
        boolean replace = replaceOption.getValue();
        boolean createGroups = createGroupsOption.getValue();
        boolean dryRun = dryRunOption.getValue();
        Clock clock = context.clock();
        if (!Files.isRegularFile(file)) {
            throw new UsageException(UsageTexts.TEXT.format("import.noFile", file));
        }
        ImportOptions choices = new ImportOptions(replace, createGroups);
        boolean created = context.team().isEmpty() && !Files.exists(context.database());
        if (dryRun) {
            return preview(context, file, sheet, choices, created);
        }
        ImportOutcome outcome;
        try (Database database = context.open(OpenMode.CREATE_IF_MISSING)) {
            try {
                outcome = new CsvImporter(database, clock).checkAndWrite(file, sheet, choices, ImportMonitor.NONE);
            } catch (CsvImportException bad) {
                // A file this command created a moment ago and wrote nothing to but the schema.
                if (created) {
                    database.closeAndDelete();
                }
                return report(context, file, bad.problems());
            }
        }
        ImportPlan plan = outcome.plan();
        ImportResult result = outcome.result();
        for (ImportProblem warning : plan.warnings()) {
            context.err().println(UsageTexts.TEXT.format("import.warning", warning));
        }
        context.out().println(plan.newGroups().isEmpty()
                ? UsageTexts.TEXT.format("import.done", plan.rows().size(), file, result.inserted(), result.replaced())
                : UsageTexts.TEXT.format("import.doneWithGroups", plan.rows().size(), file, result.inserted(),
                        result.replaced(), ListStyle.names(plan.newGroups())));
        return ExitCode.OK;
    }

    /* --dry-run: the preview on stdout, nothing written; a database created only for it goes again. */
    private static int preview(CommandContext context, Path file, String sheet, ImportOptions choices,
                               boolean created) {
        ImportPreview preview;
        try (Database database = context.open(OpenMode.CREATE_IF_MISSING)) {
            preview = new CsvImporter(database, context.clock()).preview(file, sheet, choices, ImportMonitor.NONE);
            if (created) {
                database.closeAndDelete();
            }
        }
        context.out().println(UsageTexts.TEXT.format("preview.summary", file, preview.newRows(), preview.identical(),
                preview.changed(), preview.badRows()));
        print(context, "preview.warnings", preview.warnings());
        print(context, "preview.problems", preview.problemGroups());
        context.out().println(UsageTexts.TEXT.get(preview.canImport() ? "preview.ready" : "preview.notReady"));
        return preview.canImport() ? ExitCode.OK : ExitCode.BAD_INPUT;
    }

    private static void print(CommandContext context, String heading, List<ImportPreview.Group> groups) {
        if (groups.isEmpty()) {
            return;
        }
        context.out().println(UsageTexts.TEXT.get(heading));
        for (ImportPreview.Group group : groups) {
            context.out().println("  " + UsageTexts.TEXT.format("preview.group", group.rows(), group.firstLine(),
                    group.example()));
        }
    }

    private static int report(CommandContext context, Path file, List<ImportProblem> problems) {
        for (ImportProblem problem : problems) {
            context.err().println(problem);
        }
        long lines = problems.stream().mapToLong(ImportProblem::line).distinct().count();
        context.err().println("loopwatch: " + UsageTexts.TEXT.format("import.refused", file, problems.size(), lines));
        return ExitCode.BAD_INPUT;
    }
}
