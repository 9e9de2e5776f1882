package org.loopwatch.cli;

import java.util.Map;
import java.util.concurrent.Callable;
import org.loopwatch.store.Database;
import org.loopwatch.store.OpenMode;
import org.loopwatch.store.PasswordPrompt;
import org.loopwatch.store.TeamDatabaseUrl;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@code copy --to postgresql://…|FILE.db}: everything of the database into a new one, across
 * engines (SPEC §3.1): a desk's file into a new team database, or a team database's snapshot
 * into a local file.
 */
final class CopyCommand implements Callable<Integer> {

    private final LoopWatchCommand root;
    private final OptionSpec targetOption = CommandSpecs.required("--to", "postgresql://...|FILE.db", "copy.to",
            String.class);

    private CopyCommand(LoopWatchCommand root) {
        this.root = root;
    }

    static CommandSpec spec(LoopWatchCommand root) {
        CopyCommand command = new CopyCommand(root);
        return CommandSpecs.withStandardHelp(CommandSpecs.command("copy", command).addOption(command.targetOption));
    }

    @Override
    public Integer call() {
        CommandContext context = root.context();
        String target = targetOption.getValue();
        if (TeamDatabaseUrl.isTeamUrl(target)) {
            try {
                TeamDatabaseUrl.parse(target);
            } catch (IllegalArgumentException badAddress) {
                throw new UsageException(badAddress.getMessage());
            }
        }
        try (Database source = context.open(OpenMode.MUST_EXIST);
             Database copy = Database.openCopyTarget(target, PasswordPrompt.NONE, context.clock())) {
            Map<String, Long> counts = source.copyTo(copy);
            context.out().println(UsageTexts.TEXT.format("copy.done", source.location(), copy.location(),
                    counts.getOrDefault("daily_results", 0L), counts.getOrDefault("audit_log", 0L),
                    counts.getOrDefault("groups", 0L)));
        }
        return ExitCode.OK;
    }
}
